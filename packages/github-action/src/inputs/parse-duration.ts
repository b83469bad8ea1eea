import { ActionInputError } from "./action-input-error.js";

const unitMilliseconds: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Parses a duration such as `20m`, `90s`, `1h30m`, `1500ms` or a bare number of seconds (`600`)
 * into milliseconds. Zero and negative durations are refused.
 */
export function parseDuration(input: string, value: string): number {
  const text = value.trim().toLowerCase();
  const invalid = (): ActionInputError =>
    new ActionInputError(
      input,
      `${input}: "${value}" is not a duration. Use a number of seconds or units h, m, s, ms, e.g. "20m", "90s", "1h30m".`,
    );
  if (/^\d+(\.\d+)?$/.test(text)) return positive(Number(text) * 1000);
  if (!/^(\d+(\.\d+)?(ms|h|m|s)\s*)+$/.test(text)) throw invalid();
  let total = 0;
  for (const match of text.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)) {
    total += Number(match[1]) * unitMilliseconds[match[2]!]!;
  }
  return positive(total);

  function positive(milliseconds: number): number {
    if (!(milliseconds > 0) || !Number.isFinite(milliseconds)) {
      throw new ActionInputError(input, `${input}: "${value}" must be longer than zero.`);
    }
    return Math.round(milliseconds);
  }
}
