/** Default of `createRetryWindowMs`: how long a create with an unknown outcome keeps being retried. */
export const DEFAULT_CREATE_RETRY_WINDOW_MS: number = 10 * 60_000;

/** The retry window as given, or a TypeError naming the option, the value and what is allowed. */
export function checkRetryWindow(field: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new TypeError(
      `${field}: expected a number of milliseconds ≥ 0 (e.g. 600000 for 10 minutes), got ${JSON.stringify(value)}`,
    );
  }
  return value;
}
