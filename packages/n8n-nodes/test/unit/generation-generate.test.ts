import { readFileSync } from "node:fs";
import type { RunningEmulator } from "@rivya-kit/emulator";
import { NodeApiError, NodeOperationError } from "n8n-workflow";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Rivya } from "../../nodes/Rivya/Rivya.node";
import { BinaryStore } from "../harness/binary-store";
import { executeNode, itemWithBinary } from "../harness/execute-harness";
import { startTestEmulator } from "./start-test-emulator";

const png = readFileSync(new URL("../fixtures/reference.png", import.meta.url));
let emulator: RunningEmulator;
const node = new Rivya();
const credentials = () => ({ apiKey: emulator.apiKey, baseUrl: emulator.url });
// A fixed 1 s poll interval (virtual; 50 ms at the tests' time scale) keeps each run short.
const fast = { pollIntervalSeconds: 1 };

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});
afterEach(() => {
  emulator.control.reset();
});

describe("Generation → Generate", () => {
  it("uploads a reference image from a binary field, waits, and streams the MP4 into binary data", async () => {
    const store = new BinaryStore();
    const item = await itemWithBinary(store, {
      photo: { bytes: png, fileName: "me.png", mimeType: "image/png" },
    });
    const { output, requests } = await executeNode(node, {
      credentials: credentials(),
      items: [item],
      binaryStore: store,
      parameters: {
        resource: "generation",
        operation: "generate",
        model: "kling-3-0",
        prompt: "The person in the photo waves at the camera",
        params_kling_3_0: { duration: "5", aspect_ratio: "9:16" },
        referenceBinaryProperties: "photo",
        options: fast,
      },
    });
    expect(output).toHaveLength(1);
    const [result] = output;
    expect(result?.pairedItem).toEqual({ item: 0 });
    expect(result?.json).toMatchObject({
      status: "succeeded",
      model: "kling-3-0",
      credits: 90,
      estimatedCredits: 90,
    });
    expect(String(result?.json.taskId)).toMatch(/^task_/);
    expect(result?.json.referenceUrls).toHaveLength(1);
    const video = result?.binary?.data;
    expect(video?.mimeType).toBe("video/mp4");
    expect(video?.id).toBeDefined();
    const stored = readFileSync(`${store.folder}/${String(video?.id).replace(/[^a-z0-9-]/gi, "_")}`);
    expect(stored.subarray(4, 8).toString("latin1")).toBe("ftyp");
    // The create carried exactly the params set, plus the uploaded reference.
    const create = requests.find(
      (request) => request.method === "POST" && request.url.endsWith("/generations"),
    );
    const body = create?.json as { params: Record<string, unknown> };
    expect(Object.keys(body.params).sort()).toEqual(["aspect_ratio", "duration", "referenceMediaItems"]);
    expect(create?.headers["idempotency-key"]).toBeTruthy();
    expect(create?.headers.authorization).toBe(`Bearer ${emulator.apiKey}`);
    expect(emulator.control.tasks()).toHaveLength(1);
    store.remove();
  });

  it("sends no params at all when the user set none (Rivya applies its defaults)", async () => {
    const { requests } = await executeNode(node, {
      credentials: credentials(),
      parameters: {
        resource: "generation",
        operation: "generate",
        model: "kling-v2-5-turbo-pro",
        prompt: "A lighthouse in a storm",
        waitForCompletion: false,
      },
    });
    const create = requests.find((request) => request.method === "POST");
    expect(create?.json).toEqual({ model: "kling-v2-5-turbo-pro", prompt: "A lighthouse in a storm" });
  });

  it("returns the queued task at once when not waiting", async () => {
    const { output } = await executeNode(node, {
      credentials: credentials(),
      parameters: {
        resource: "generation",
        operation: "generate",
        model: "kling-3-0",
        prompt: "A cat",
        waitForCompletion: false,
      },
    });
    expect(output[0]?.json).toMatchObject({ status: "queued", reservedCredits: 90, urls: [] });
    expect(output[0]?.binary).toBeUndefined();
  });

  it("processes items concurrently, bounded by the Concurrency option, one task per item", async () => {
    const items = Array.from({ length: 5 }, (_, index) => ({ json: { index } }));
    const { output, requests } = await executeNode(node, {
      credentials: credentials(),
      items,
      parameters: {
        resource: "generation",
        operation: "generate",
        model: "kling-v2-5-turbo-pro",
        prompt: "={{ 'scene ' + $json.index }}",
        download: false,
        options: { ...fast, concurrency: 2 },
      },
    });
    expect(output.map((item) => item.pairedItem)).toEqual(items.map((_, index) => ({ item: index })));
    expect(output.every((item) => item.json.status === "succeeded")).toBe(true);
    expect(new Set(output.map((item) => item.json.taskId)).size).toBe(5);
    expect(emulator.control.tasks()).toHaveLength(5);
    // With concurrency 2, exactly two creates are sent before the first item has finished.
    const creates = requests
      .filter((request) => request.method === "POST")
      .map((request) => request.startedAt);
    const firstFinish = Math.min(
      ...requests
        .filter((request) => request.method === "GET" && request.url.includes("/generations/"))
        .map((request) => request.startedAt),
    );
    expect(creates.filter((time) => time <= firstFinish)).toHaveLength(2);
  });

  it("refuses invalid params before anything is sent, naming the field and what is allowed", async () => {
    const before = emulator.control.balance();
    const run = executeNode(node, {
      credentials: credentials(),
      items: [{ json: {} }, { json: {} }],
      parameters: {
        resource: "generation",
        operation: "generate",
        model: "kling-3-0",
        prompt: "A dog",
        params_kling_3_0: { duration: "20" },
      },
    });
    const error = await run.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NodeOperationError);
    expect((error as NodeOperationError).message).toMatch(/duration.*20.*kling-3-0/);
    expect((error as NodeOperationError).context.itemIndex).toBe(0);
    expect(emulator.control.requests({ method: "POST" })).toHaveLength(0);
    expect(emulator.control.balance()).toBe(before);
  });

  it("under Continue On Fail, a failed generation becomes an item with its task ID and error code", async () => {
    emulator.control.injectFault({ kind: "task_failure", model: "kling-3-0", message: "content policy" });
    const { output } = await executeNode(node, {
      credentials: credentials(),
      continueOnFail: true,
      parameters: {
        resource: "generation",
        operation: "generate",
        model: "kling-3-0",
        prompt: "Something the policy refuses",
        options: fast,
      },
    });
    expect(output).toHaveLength(1);
    expect(output[0]?.pairedItem).toEqual({ item: 0 });
    expect(output[0]?.json).toMatchObject({ code: "generation_failed" });
    expect(String(output[0]?.json.taskId)).toMatch(/^task_/);
    expect(String(output[0]?.json.error)).toMatch(/content policy/);
  });

  it("fails with a NodeApiError carrying the HTTP status and item index when the key is wrong", async () => {
    const error = await executeNode(node, {
      credentials: { apiKey: "rvya_sk_wrong", baseUrl: emulator.url },
      parameters: { resource: "generation", operation: "generate", model: "kling-3-0", prompt: "A cat" },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NodeApiError);
    expect((error as NodeApiError).httpCode).toBe("401");
    expect((error as NodeApiError).context.itemIndex).toBe(0);
    expect((error as NodeApiError).description).toMatch(/api_key_invalid/);
  });

  it("does not download when run as an AI tool (binary cannot reach the agent)", async () => {
    const { output, requests } = await executeNode(node, {
      credentials: credentials(),
      tool: true,
      parameters: {
        resource: "generation",
        operation: "generate",
        model: "kling-v2-5-turbo-pro",
        prompt: "A boat",
        options: fast,
      },
    });
    expect(output[0]?.json.status).toBe("succeeded");
    expect(String(output[0]?.json.primaryUrl)).toMatch(/^http/);
    expect(output[0]?.binary).toBeUndefined();
    expect(requests.some((request) => request.url.includes("/media/results/"))).toBe(false);
  });

  it("stops polling when the execution is cancelled; the error carries the task ID", async () => {
    const controller = new AbortController();
    const run = executeNode(node, {
      credentials: credentials(),
      signal: controller.signal,
      parameters: {
        resource: "generation",
        operation: "generate",
        model: "kling-3-0",
        prompt: "A long one",
        options: { pollIntervalSeconds: 60 },
      },
    });
    // Cancel once the task exists and the node is polling it.
    while (emulator.control.requests({ method: "GET" }).length === 0) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    controller.abort();
    const started = Date.now();
    const error = await run.catch((caught: unknown) => caught);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(NodeOperationError);
    expect((error as Error).message).toContain(emulator.control.tasks()[0]?.id);
    const polls = emulator.control.requests({ method: "GET" }).length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(emulator.control.requests({ method: "GET" }).length).toBe(polls);
  });
});
