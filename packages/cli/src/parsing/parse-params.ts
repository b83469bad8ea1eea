import { CliUsageError } from "../errors/cli-usage-error.js";

/** Reads a file given as `@path` (injected so the parsing stays pure and testable). */
export type ReadText = (path: string) => string;

/**
 * Parses one `--param key=value`. Values stay strings (the core normalises them to the model's
 * option strings and numbers) unless they look like JSON arrays or objects, which list params need.
 */
export function parseParamAssignment(assignment: string): [string, unknown] {
  const equals = assignment.indexOf("=");
  const key = equals === -1 ? "" : assignment.slice(0, equals).trim();
  if (equals === -1 || key === "") {
    throw new CliUsageError(
      `--param: "${assignment}" is not key=value (e.g. --param duration=10 --param aspect_ratio=9:16)`,
      "--param",
    );
  }
  const raw = assignment.slice(equals + 1);
  const trimmed = raw.trim();
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    try {
      return [key, JSON.parse(trimmed)];
    } catch {
      throw new CliUsageError(`--param ${key}: "${raw}" looks like JSON but does not parse`, "--param");
    }
  }
  return [key, raw];
}

/**
 * Parses `--params` (a JSON object, or `@file` holding one); the result is an object of params.
 */
export function parseParamsJson(text: string, readText: ReadText): Record<string, unknown> {
  let source = text;
  let origin = "--params";
  if (text.startsWith("@")) {
    const path = text.slice(1);
    origin = `--params ${text}`;
    try {
      source = readText(path);
    } catch (error) {
      throw new CliUsageError(
        `${origin}: cannot read ${path} (${error instanceof Error ? error.message : String(error)})`,
        "--params",
      );
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    throw new CliUsageError(
      `${origin}: not valid JSON (${error instanceof Error ? error.message : String(error)}); expected an object such as {"duration": 10}`,
      "--params",
    );
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new CliUsageError(`${origin}: expected a JSON object such as {"duration": 10}`, "--params");
  }
  return parsed as Record<string, unknown>;
}

/** Merges `--params` with the `--param` assignments; a `--param` wins over the same key in `--params`. */
export function buildParams(
  paramsJson: string | undefined,
  assignments: readonly string[],
  readText: ReadText,
): Record<string, unknown> | undefined {
  const params: Record<string, unknown> =
    paramsJson === undefined ? {} : parseParamsJson(paramsJson, readText);
  for (const assignment of assignments) {
    const [key, value] = parseParamAssignment(assignment);
    params[key] = value;
  }
  return Object.keys(params).length > 0 ? params : undefined;
}
