import { describe, expect, it } from "vitest";
import { expectedDurationMs } from "./expected-durations.js";
import { firstPollDelay, nextPollDelay } from "./poll-schedule.js";

/** Poll times of the schedule for a task expected to take `expectedMs`, up to `untilMs`. */
function pollTimes(expectedMs: number, untilMs: number, random = () => 0.5): number[] {
  const times = [firstPollDelay(random)];
  while (times.at(-1)! < untilMs)
    times.push(times.at(-1)! + nextPollDelay(times.at(-1)!, { expectedMs }, random));
  return times;
}

describe("poll schedule", () => {
  it("first poll 2–3 s after create, whatever the random draw", () => {
    expect(firstPollDelay(() => 0)).toBe(2000);
    expect(firstPollDelay(() => 0.999)).toBeLessThanOrEqual(3000);
  });

  it("grows its intervals before the expected window, then steps evenly through it", () => {
    const times = pollTimes(60_000, 90_000);
    const gaps = times.slice(1).map((time, index) => time - times[index]!);
    expect(gaps[1]!).toBeGreaterThan(gaps[0]! - 1);
    // Inside the window [30 s, 90 s]: equal steps of 16 % of 60 s.
    const inWindow = gaps.filter((_gap, index) => times[index]! >= 30_000);
    for (const gap of inWindow) expect(gap).toBe(9600);
    // Far fewer polls than fixed 5 s polling over 90 s (18).
    expect(times.length).toBeLessThan(10);
  });

  it("caps every interval, and keeps polling at the cap once a task is overdue", () => {
    const expectedMs = 15 * 60_000;
    for (const elapsed of [3_000, 100_000, 600_000, 2_000_000]) {
      const delay = nextPollDelay(elapsed, { expectedMs }, () => 0.999);
      expect(delay).toBeLessThanOrEqual(120_000);
      expect(delay).toBeGreaterThanOrEqual(1000);
    }
    expect(nextPollDelay(2_000_000, { expectedMs, maxIntervalMs: 30_000 }, () => 0.5)).toBe(30_000);
  });

  it("jitters by at most ±10 %", () => {
    const low = nextPollDelay(40_000, { expectedMs: 60_000 }, () => 0);
    const high = nextPollDelay(40_000, { expectedMs: 60_000 }, () => 0.9999);
    expect(low).toBe(Math.round(9600 * 0.9));
    expect(high).toBeLessThanOrEqual(Math.round(9600 * 1.1));
  });

  it("expected durations: overrides, then the model table, then the category, then a minute", () => {
    expect(expectedDurationMs("kling-3-0")).toBe(150_000);
    expect(expectedDurationMs("KLING-3-0")).toBe(150_000);
    expect(expectedDurationMs("kling-3-0", { overrides: { "kling-3-0": 10 } })).toBe(10_000);
    expect(expectedDurationMs("new-model", { category: "image" })).toBe(20_000);
    expect(expectedDurationMs("new-model")).toBe(60_000);
  });
});
