import { CliUsageError } from "../errors/cli-usage-error.js";

const unitMs: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Parses a duration such as `90s`, `10m`, `1h30m`, `500ms`; a bare number is seconds.
 * @throws CliUsageError naming the flag and the accepted forms
 */
export function parseDuration(text: string, flag = "--timeout"): number {
  const trimmed = text.trim();
  const fail = (): never => {
    throw new CliUsageError(
      `${flag}: "${text}" is not a duration (allowed: a positive number of seconds, or e.g. 90s, 10m, 1h30m, 500ms)`,
      flag,
    );
  };
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    const seconds = Number(trimmed);
    if (seconds <= 0) fail();
    return Math.round(seconds * 1000);
  }
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join("") !== trimmed) fail();
  const total = parts.reduce((sum, part) => sum + Number(part[1]) * unitMs[part[2]!]!, 0);
  if (total <= 0) fail();
  return Math.round(total);
}
