// The Idempotency-Key the Generate operation derives when the user set none: n8n's Retry of an
// execution (same execution context, new id, mode "retry") reattaches to the task already paid
// for; a new execution generates anew. Against the emulator (its idempotency store decides).
import { readFileSync } from "node:fs";
import type { RunningEmulator } from "@rivya-kit/emulator";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Rivya } from "../../nodes/Rivya/Rivya.node";
import { deriveIdempotencyKey, stableJson } from "../../shared/derived-idempotency-key";
import { BinaryStore } from "../harness/binary-store";
import { executeNode, itemWithBinary } from "../harness/execute-harness";
import { startTestEmulator } from "./start-test-emulator";

let emulator: RunningEmulator;
const node = new Rivya();
const parameters = {
  resource: "generation",
  operation: "generate",
  model: "kling-v2-5-turbo-pro",
  prompt: "A lighthouse in a storm",
  download: false,
  options: { pollIntervalSeconds: 1 },
};
/** What n8n keeps in `runExecutionData.executionData.runtimeData` (inherited by a Retry). */
const original = { version: 1, establishedAt: 1_764_000_000_123, source: "webhook" };

function run(execution: { id: string; mode?: string; context?: object }, items = [{ json: {} }]) {
  return executeNode(node, {
    credentials: { apiKey: emulator.apiKey, baseUrl: emulator.url },
    parameters,
    items,
    execution: { ...execution, context: execution.context as Record<string, number> },
  });
}

const creates = () => emulator.control.requests({ method: "POST", path: "/api/v1/generations" });

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});
afterEach(() => {
  emulator.control.reset();
});

describe("default Idempotency-Key", () => {
  it("a Retry (same execution context, new id) reattaches to the task already paid for: one task, one charge", async () => {
    const first = await run({ id: "101", mode: "webhook", context: original });
    const retry = await run({ id: "102", mode: "retry", context: original });
    expect(retry.output[0]?.json.taskId).toBe(first.output[0]?.json.taskId);
    expect(retry.output[0]?.json.idempotencyKey).toBe(first.output[0]?.json.idempotencyKey);
    expect(String(first.output[0]?.json.idempotencyKey)).toMatch(/^n8n-[0-9a-f]{48}$/);
    expect(emulator.control.tasks()).toHaveLength(1);
    expect(emulator.control.balance()).toBe(10_000 - 42);
  });

  it("a new execution (its own execution context) generates anew", async () => {
    await run({ id: "201", mode: "webhook", context: original });
    await run({
      id: "202",
      mode: "webhook",
      context: { ...original, establishedAt: original.establishedAt + 1 },
    });
    expect(emulator.control.tasks()).toHaveLength(2);
  });

  it("each item gets its own task; an n8n without an execution context keys by execution id", async () => {
    const items = [{ json: { n: 1 } }, { json: { n: 2 } }];
    const { output } = await run({ id: "301", mode: "manual" }, items);
    expect(new Set(output.map((item) => item.json.taskId)).size).toBe(2);
    await run({ id: "301", mode: "manual" }, items);
    expect(emulator.control.tasks()).toHaveLength(2);
    await run({ id: "302", mode: "manual" }, items);
    expect(emulator.control.tasks()).toHaveLength(4);
  });

  it("a Retry that reattaches to a failed (refunded) task generates anew, once", async () => {
    emulator.control.injectFault({ kind: "task_failure", model: "kling-v2-5-turbo-pro", message: "busy" });
    await expect(run({ id: "401", mode: "webhook", context: original })).rejects.toThrow(/busy/);
    const retry = await run({ id: "402", mode: "retry", context: original });
    expect(retry.output[0]?.json.status).toBe("succeeded");
    const tasks = emulator.control.tasks();
    expect(tasks.map((task) => task.status)).toEqual(["failed", "succeeded"]);
    expect(emulator.control.balance()).toBe(10_000 - 42);
  });

  it("a Retry with reference files (uploaded again, so another body) generates anew instead of failing", async () => {
    const store = new BinaryStore();
    const png = readFileSync(new URL("../fixtures/reference.png", import.meta.url));
    const item = await itemWithBinary(store, {
      photo: { bytes: png, fileName: "me.png", mimeType: "image/png" },
    });
    const withReference = (execution: { id: string; mode: string }) =>
      executeNode(node, {
        credentials: { apiKey: emulator.apiKey, baseUrl: emulator.url },
        parameters: { ...parameters, model: "kling-3-0", referenceBinaryProperties: "photo" },
        items: [item],
        binaryStore: store,
        execution: { ...execution, context: original },
      });
    const first = await withReference({ id: "601", mode: "webhook" });
    const retry = await withReference({ id: "602", mode: "retry" });
    expect(retry.output[0]?.json.status).toBe("succeeded");
    expect(retry.output[0]?.json.idempotencyKey).toBe(`${first.output[0]?.json.idempotencyKey}-body-602`);
    expect(creates().map((request) => request.status)).toEqual([200, 409, 200]);
    expect(emulator.control.tasks()).toHaveLength(2);
    store.remove();
  });

  it("a key the user set wins over the derived one", async () => {
    const { output } = await executeNode(node, {
      credentials: { apiKey: emulator.apiKey, baseUrl: emulator.url },
      parameters: { ...parameters, options: { ...parameters.options, idempotencyKey: "mine-1" } },
      execution: { id: "501", context: original },
    });
    expect(output[0]?.json.idempotencyKey).toBe("mine-1");
  });

  it("changes with every part of the identity and ignores object key order", () => {
    const base = {
      origin: "o",
      workflowId: "w",
      nodeName: "Rivya",
      runIndex: 0,
      itemIndex: 0,
      inputs: { a: 1, b: [2] },
    };
    const key = deriveIdempotencyKey(base);
    expect(deriveIdempotencyKey({ ...base, inputs: { b: [2], a: 1 } })).toBe(key);
    for (const change of [
      { origin: "p" },
      { workflowId: "x" },
      { nodeName: "Rivya1" },
      { runIndex: 1 },
      { itemIndex: 1 },
      { inputs: { a: 2, b: [2] } },
    ]) {
      expect(deriveIdempotencyKey({ ...base, ...change })).not.toBe(key);
    }
    expect(stableJson({ b: 1, a: { d: 2, c: undefined } })).toBe('{"a":{"d":2},"b":1}');
  });
});
