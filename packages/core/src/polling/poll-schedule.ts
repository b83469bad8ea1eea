import type { Random } from "../transport/sleep.js";

/** Tuning of the poll schedule. All values in milliseconds. */
export interface PollScheduleOptions {
  /** How long a task of this model usually takes (see `expectedDurationMs`). */
  expectedMs: number;
  /**
   * Upper bound of any interval between polls, whatever the expected duration.
   * @default 120000
   */
  maxIntervalMs?: number | undefined;
  /**
   * Lower bound of any interval between polls.
   * @default 1000
   */
  minIntervalMs?: number | undefined;
}

/** Delay before the first poll: 2–3 s after create, as Rivya's guidance says. */
export function firstPollDelay(random: Random): number {
  return 2000 + Math.round(1000 * random());
}

// Interval inside the window where tasks usually finish, as a fraction of the expected duration.
// Completion times spread around the expectation, so equal steps minimise the mean detection lag
// (half a step: 8 % of the expected duration) for a given number of polls.
const windowStepFraction = 0.16;
// The window starts at half the expected duration; before it the schedule only grows geometrically
// (×4) to notice early failures without spending many requests.
const windowStartFraction = 0.5;
const earlyGrowth = 4;

/**
 * Delay until the next poll, given the time since the task was created (`elapsedMs`).
 *
 * Three phases: early (geometric growth from the first poll, for fast failures), the expected
 * window (equal steps of 16 % of the expected duration, capped), and overdue (the same capped
 * step, so a late task is still noticed promptly). Every delay gets ±10 % jitter so many clients
 * do not poll in lockstep.
 */
export function nextPollDelay(elapsedMs: number, options: PollScheduleOptions, random: Random): number {
  const minInterval = options.minIntervalMs ?? 1000;
  const maxInterval = options.maxIntervalMs ?? 120_000;
  const step = Math.min(maxInterval, Math.max(minInterval, options.expectedMs * windowStepFraction));
  const windowStart = options.expectedMs * windowStartFraction;
  let delay: number;
  if (elapsedMs + step < windowStart) {
    // Early: grow ×4 but never jump past the first step inside the window.
    const target = Math.min(elapsedMs * earlyGrowth, windowStart + step);
    delay = Math.max(step, target - elapsedMs);
  } else {
    delay = step;
  }
  const jittered = delay * (0.9 + 0.2 * random());
  return Math.round(Math.min(maxInterval, Math.max(minInterval, jittered)));
}
