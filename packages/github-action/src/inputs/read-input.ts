import { ActionInputError } from "./action-input-error.js";

/**
 * Reads one input the way the runner passes it: `INPUT_<NAME>` upper-cased with spaces turned
 * to underscores and hyphens kept, trimmed. The same rule as `@actions/core`'s `getInput`.
 */
export function readInput(name: string, environment: NodeJS.ProcessEnv = process.env): string {
  return (environment[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

/** Reads a YAML 1.2 core-schema boolean (`true | True | TRUE | false | False | FALSE`), or the default when empty. */
export function readBooleanInput(
  name: string,
  fallback: boolean,
  environment: NodeJS.ProcessEnv = process.env,
): boolean {
  const value = readInput(name, environment);
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new ActionInputError(name, `${name}: "${value}" is not a boolean. Use true or false.`);
}

/** Reads a multiline input: one entry per line, blank lines dropped. */
export function readMultilineInput(name: string, environment: NodeJS.ProcessEnv = process.env): string[] {
  return readInput(name, environment)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
