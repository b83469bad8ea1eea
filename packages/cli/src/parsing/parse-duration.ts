import { parseDuration as parseDurationText } from "@rivya-kit/core";
import { CliUsageError } from "../errors/cli-usage-error.js";

/**
 * Parses a duration flag such as `90s`, `10m`, `1h30m`, `500ms`; a bare number is seconds (the
 * syntax is the core's, shared by every adapter).
 * @throws CliUsageError naming the flag and the accepted forms
 */
export function parseDuration(text: string, flag = "--timeout"): number {
  const milliseconds = parseDurationText(text);
  if (milliseconds === undefined) {
    throw new CliUsageError(
      `${flag}: "${text}" is not a duration (allowed: a positive number of seconds, or e.g. 90s, 10m, 1h30m, 500ms)`,
      flag,
    );
  }
  return milliseconds;
}
