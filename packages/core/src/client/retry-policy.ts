import type { Random } from "../transport/sleep.js";

/** Longest pause between the persistent retries of a create whose outcome is unknown. */
export const PERSISTENT_RETRY_MAX_DELAY_MS = 30_000;

/** Longest server-requested wait the client accepts before giving up instead of sleeping. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Whether an HTTP error is worth another attempt: 408, 429 and 5xx are transient. Never another
 * 4xx (the request itself is wrong; 409 means the idempotency key was reused with another body),
 * and never `public_api_disabled` (a state that a retry cannot change).
 */
export function isRetryableStatus(status: number, code: string | undefined): boolean {
  if (code === "public_api_disabled") return false;
  return status === 408 || status === 429 || status >= 500;
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Delay before retry number `attempt` (0-based): the server's `Retry-After` plus up to 10 % jitter
 * (so a crowd of clients does not return in the same millisecond), otherwise exponential backoff
 * 0.5 s, 1 s, 2 s … capped at `maxDelayMs` (8 s; a persisting create uses 30 s), scaled by a random
 * factor in [0.75, 1).
 */
export function retryDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  random: Random,
  maxDelayMs = 8000,
): number {
  if (retryAfterMs !== undefined) return Math.round(retryAfterMs * (1 + 0.1 * random()));
  const base = Math.min(500 * 2 ** Math.min(attempt, 30), maxDelayMs);
  return Math.round(base * (1 - 0.25 * random()));
}
