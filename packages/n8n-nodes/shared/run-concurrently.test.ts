import { describe, expect, it } from "vitest";
import { runConcurrently } from "./run-concurrently";

const tick = (): Promise<void> => new Promise((resolve) => queueMicrotask(resolve));

describe("runConcurrently", () => {
  it("keeps at most `concurrency` tasks running and returns results in order", async () => {
    let running = 0;
    let peak = 0;
    const results = await runConcurrently(7, 3, async (index) => {
      running++;
      peak = Math.max(peak, running);
      for (let step = 0; step < 7 - index; step++) await tick();
      running--;
      return index * 10;
    });
    expect(results).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(peak).toBe(3);
  });

  it("starts nothing new after a failure, lets running tasks finish, then throws", async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const run = runConcurrently(6, 2, async (index) => {
      started.push(index);
      await tick();
      if (index === 0) throw new Error("boom");
      await tick();
      finished.push(index);
      return index;
    });
    await expect(run).rejects.toThrow("boom");
    expect(started).toEqual([0, 1]);
    expect(finished).toEqual([1]);
  });
});
