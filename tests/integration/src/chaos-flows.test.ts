// The chaos bench's target, enforced on a smaller run: generate flows through 25 % faults of
// every kind the emulator offers end with every task known to its caller and paid once.
import { createRivyaClient, generate, nodeSleep } from "@rivya-kit/core/node";
import { startEmulator } from "@rivya-kit/emulator";
import { describe, expect, it } from "vitest";
import { runChaos } from "../../../bench/chaos-run.mjs";

describe("generate flows through 25 % faults of every kind", () => {
  it("complete with 0 duplicate tasks, 0 orphaned tasks and one charge per task", async () => {
    const figures = await runChaos(
      {
        flows: 60,
        faultRate: 0.25,
        concurrency: 20,
        // Slower than the bench's ×100: on a loaded CI machine the 10-minute window still lasts 12 s.
        speed: 50,
        requestTimeoutRealMs: 1000,
        slowHeadersRealMs: 1300,
      },
      { createRivyaClient, generate, nodeSleep, startEmulator },
    );
    expect(figures.faulted / figures.requests).toBeGreaterThan(0.15);
    expect(figures.faultedKinds).toBeGreaterThanOrEqual(6);
    expect(figures).toMatchObject({
      completed: 60,
      tasks: 60,
      duplicates: 0,
      reserves: 60,
      chargedTwice: 0,
      orphanedById: 0,
      orphanedWithoutKey: 0,
    });
  }, 90_000);
});
