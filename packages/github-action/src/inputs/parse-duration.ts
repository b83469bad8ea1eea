import { parseDuration as parseDurationText } from "@rivya-kit/core";
import { ActionInputError } from "./action-input-error.js";

/**
 * Parses a duration input such as `20m`, `90s`, `1h30m`, `1500ms` or a bare number of seconds
 * (`600`) into milliseconds (the syntax is the core's, shared by every adapter).
 * @throws ActionInputError naming the input, the value and the accepted forms
 */
export function parseDuration(input: string, value: string): number {
  const milliseconds = parseDurationText(value);
  if (milliseconds === undefined) {
    throw new ActionInputError(
      input,
      `${input}: "${value}" is not a duration longer than zero. Use a number of seconds or units h, m, s, ms, e.g. "20m", "90s", "1h30m".`,
    );
  }
  return milliseconds;
}
