import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { type RunningEmulator, startEmulator } from "@rivya-kit/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Rivya } from "../../nodes/Rivya/Rivya.node";
import { BinaryStore } from "../harness/binary-store";
import { executeNode } from "../harness/execute-harness";
import { timeScale } from "../setup/scaled-time";

const node = new Rivya();
let emulator: RunningEmulator;
const size = 32 * 1024 * 1024;

function storedBytes(store: BinaryStore): number {
  return readdirSync(store.folder).reduce(
    (total, file) => total + statSync(join(store.folder, file)).size,
    0,
  );
}

beforeAll(async () => {
  emulator = await startEmulator({
    speed: timeScale,
    rateLimit: false,
    resultSizeBytes: size,
    timelines: { video: { queuedMs: 500, processingMs: 2000 } },
  });
});
afterAll(async () => {
  await emulator.close();
});

describe("large results", () => {
  it("streams a 32 MB result into binary storage chunk by chunk", async () => {
    const store = new BinaryStore();
    const { output } = await executeNode(node, {
      credentials: { apiKey: emulator.apiKey, baseUrl: emulator.url },
      binaryStore: store,
      parameters: {
        resource: "generation",
        operation: "generate",
        model: "kling-3-0",
        prompt: "Big",
        options: { pollIntervalSeconds: 1 },
      },
    });
    expect(output[0]?.binary?.data?.bytes).toBe(size);
    // Never more than one network chunk in hand at a time.
    expect(store.largestChunk).toBeLessThanOrEqual(1024 * 1024);
    store.remove();
  });

  it("stops the download when the execution is cancelled", async () => {
    const store = new BinaryStore();
    const controller = new AbortController();
    const run = executeNode(node, {
      credentials: { apiKey: emulator.apiKey, baseUrl: emulator.url },
      binaryStore: store,
      signal: controller.signal,
      parameters: {
        resource: "generation",
        operation: "generate",
        model: "kling-3-0",
        prompt: "Big",
        options: { pollIntervalSeconds: 1 },
      },
    });
    while (storedBytes(store) === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const started = Date.now();
    await expect(run).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1000);
    const bytesAtAbort = storedBytes(store);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bytesAtAbort).toBeLessThan(size);
    expect(storedBytes(store)).toBe(bytesAtAbort);
    store.remove();
  });
});
