import { CliUsageError } from "../errors/cli-usage-error.js";

/** Parses a non-negative number flag (e.g. `--max-credits 100`). */
export function parseNonNegativeNumber(text: string, flag: string): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < 0) {
    throw new CliUsageError(`${flag}: "${text}" is not a number (allowed: a number ≥ 0)`, flag);
  }
  return value;
}
