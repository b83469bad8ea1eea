const unitMilliseconds: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Reads a human duration — `20m`, `90s`, `1h30m` (spaces allowed: `1h 30m`), `1500ms`, or a bare
 * number of seconds (`600`, `2.5`) — into milliseconds. Case-insensitive.
 *
 * Every adapter (CLI flags, Action inputs, n8n fields) accepts timeouts in this one syntax; each
 * wraps the `undefined` answer in its own error naming its own flag or input.
 *
 * @returns the duration in whole milliseconds, or `undefined` when the text is not a duration
 * longer than zero.
 * @example parseDuration("1h30m") // 5_400_000
 */
export function parseDuration(text: string): number | undefined {
  const normalized = text.trim().toLowerCase();
  let milliseconds: number;
  if (/^\d+(\.\d+)?$/.test(normalized)) {
    milliseconds = Number(normalized) * 1000;
  } else if (/^(\d+(\.\d+)?(ms|h|m|s)\s*)+$/.test(normalized)) {
    milliseconds = 0;
    for (const match of normalized.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)) {
      milliseconds += Number(match[1]) * unitMilliseconds[match[2]!]!;
    }
  } else {
    return undefined;
  }
  return milliseconds > 0 && Number.isFinite(milliseconds) ? Math.round(milliseconds) : undefined;
}
