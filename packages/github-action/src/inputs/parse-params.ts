import { parse } from "yaml";
import { ActionInputError } from "./action-input-error.js";

/**
 * Parses the `params` input: a JSON object or a YAML mapping (JSON is valid YAML, so one parser
 * serves both). Anything but a mapping — a list, a scalar, invalid syntax — is refused.
 */
export function parseParams(value: string): Record<string, unknown> {
  if (value.trim() === "") return {};
  let parsed: unknown;
  try {
    // Plain YAML 1.2 core schema: no custom tags, no merge keys; "5" stays a string, 5 a number.
    parsed = parse(value, { schema: "core", merge: false, uniqueKeys: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ActionInputError(
      "params",
      `params: not valid JSON or YAML (${reason}). Give a mapping such as {"mode": "pro"}.`,
    );
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== "object" || Array.isArray(parsed)) {
    const kind = Array.isArray(parsed) ? "a list" : `a ${typeof parsed}`;
    throw new ActionInputError(
      "params",
      `params: expected a mapping of parameter names to values, got ${kind}. Example: {"mode": "pro", "duration": "5"}.`,
    );
  }
  return parsed as Record<string, unknown>;
}
