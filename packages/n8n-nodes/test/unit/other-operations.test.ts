import { readFileSync } from "node:fs";
import type { RunningEmulator } from "@rivya-kit/emulator";
import { NodeApiError, NodeOperationError } from "n8n-workflow";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Rivya } from "../../nodes/Rivya/Rivya.node";
import { BinaryStore } from "../harness/binary-store";
import { executeNode, itemWithBinary } from "../harness/execute-harness";
import { timeScale } from "../setup/scaled-time";
import { startTestEmulator } from "./start-test-emulator";

const png = readFileSync(new URL("../fixtures/reference.png", import.meta.url));
const node = new Rivya();
let emulator: RunningEmulator;
const credentials = () => ({ apiKey: emulator.apiKey, baseUrl: emulator.url });

async function queuedTask(model = "kling-v2-5-turbo-pro"): Promise<string> {
  const { output } = await executeNode(node, {
    credentials: credentials(),
    parameters: {
      resource: "generation",
      operation: "generate",
      model,
      prompt: "A fox",
      waitForCompletion: false,
    },
  });
  return String(output[0]?.json.taskId);
}

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});
afterEach(() => {
  emulator.control.reset();
});

describe("Generation → Get and Wait", () => {
  it("Get returns the task as it is now", async () => {
    // Real-time speed for this test: the task must still be running when it is read.
    emulator.control.setSpeed(1);
    const taskId = await queuedTask();
    const { output } = await executeNode(node, {
      credentials: credentials(),
      parameters: { resource: "generation", operation: "get", taskId },
    });
    expect(output).toEqual([
      expect.objectContaining({
        json: expect.objectContaining({ taskId, model: "kling-v2-5-turbo-pro" }),
        pairedItem: { item: 0 },
      }),
    ]);
    expect(["queued", "processing"]).toContain(output[0]?.json.status);
    expect(output[0]?.json).toMatchObject({ credits: 42, reservedCredits: 42, finalCredits: 0, urls: [] });
    emulator.control.setSpeed(timeScale);
  });

  it("Wait polls until the task has finished and downloads the result", async () => {
    const taskId = await queuedTask();
    const { output } = await executeNode(node, {
      credentials: credentials(),
      parameters: {
        resource: "generation",
        operation: "wait",
        taskId,
        binaryPropertyName: "video",
        options: { pollIntervalSeconds: 1 },
      },
    });
    expect(output[0]?.json).toMatchObject({ taskId, status: "succeeded", credits: 42 });
    expect(output[0]?.binary?.video?.mimeType).toBe("video/mp4");
  });

  it("an unknown task ID is a NodeApiError 404 naming the item", async () => {
    const error = await executeNode(node, {
      credentials: credentials(),
      items: [{ json: {} }, { json: {} }],
      parameters: { resource: "generation", operation: "get", taskId: "task_doesnotexist" },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NodeApiError);
    expect((error as NodeApiError).httpCode).toBe("404");
  });

  it("an empty task ID is refused before any request", async () => {
    const { output, requests } = await executeNode(node, {
      credentials: credentials(),
      continueOnFail: true,
      parameters: { resource: "generation", operation: "wait", taskId: "  " },
    });
    expect(String(output[0]?.json.error)).toMatch(/Task ID is empty/);
    expect(requests).toHaveLength(0);
  });
});

describe("File → Upload", () => {
  it("uploads a binary field and returns the file's URL for references", async () => {
    const store = new BinaryStore();
    const item = await itemWithBinary(store, {
      data: { bytes: png, fileName: "red.png", mimeType: "image/png" },
    });
    const { output } = await executeNode(node, {
      credentials: credentials(),
      items: [item],
      binaryStore: store,
      parameters: { resource: "file", operation: "upload", options: { model: "kling-3-0" } },
    });
    expect(output[0]?.json).toMatchObject({ kind: "image", mimeType: "image/png", sizeBytes: png.length });
    expect(String(output[0]?.json.fileId)).toMatch(/^file_/);
    expect(String(output[0]?.json.url)).toMatch(/^http/);
    store.remove();
  });

  it("names the missing binary field", async () => {
    const error = await executeNode(node, {
      credentials: credentials(),
      parameters: { resource: "file", operation: "upload", binaryPropertyName: "photo" },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NodeOperationError);
    expect((error as Error).message).toMatch(/photo/);
  });
});

describe("Account and Model", () => {
  it("a malformed Base URL in the credentials is a clear node error", async () => {
    const error = await executeNode(node, {
      credentials: { apiKey: emulator.apiKey, baseUrl: "rivya.ai" },
      parameters: { resource: "account", operation: "getCredits" },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NodeOperationError);
    expect((error as Error).message).toMatch(/Base URL "rivya\.ai".*not an http\(s\) URL/);
  });

  it("Get Credits returns the balance", async () => {
    const { output } = await executeNode(node, {
      credentials: credentials(),
      parameters: { resource: "account", operation: "getCredits" },
    });
    expect(output).toEqual([{ json: { credits: 10_000 }, pairedItem: { item: 0 } }]);
  });

  it("Model → List returns video models first, with live availability", async () => {
    const { output } = await executeNode(node, {
      credentials: credentials(),
      parameters: { resource: "model", operation: "list" },
    });
    expect(output.length).toBeGreaterThanOrEqual(37);
    expect(output[0]?.json).toMatchObject({ id: "kling-3-0", category: "video", credits: 90 });
    const categories = output.map((item) => item.json.category);
    expect(categories.lastIndexOf("video")).toBeLessThan(categories.indexOf("image"));
    expect(output.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
  });

  it("Model → List filters by category", async () => {
    const { output } = await executeNode(node, {
      credentials: credentials(),
      parameters: { resource: "model", operation: "list", category: "audio" },
    });
    expect(output.length).toBeGreaterThan(0);
    expect(output.every((item) => item.json.category === "audio")).toBe(true);
  });

  it("Model → Get describes one model's params with options and defaults", async () => {
    const { output } = await executeNode(node, {
      credentials: credentials(),
      parameters: { resource: "model", operation: "get", modelId: "kling-v2-5-turbo-pro" },
    });
    expect(output[0]?.json).toMatchObject({ id: "kling-v2-5-turbo-pro", credits: 42, promptMax: 2500 });
    expect(output[0]?.json.params).toContainEqual(
      expect.objectContaining({ key: "cfg_scale", default: 0.5, min: 0, max: 1 }),
    );
  });
});
