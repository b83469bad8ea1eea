import type { RunningEmulator } from "@rivya-kit/emulator";
import { NodeOperationError } from "n8n-workflow";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../e2e/n8n-home";
import { Rivya } from "../../nodes/Rivya/Rivya.node";
import { normalizeBaseUrl } from "../../shared/base-url";
import { executeNode } from "../harness/execute-harness";
import { startTestEmulator } from "./start-test-emulator";

let emulator: RunningEmulator;
const node = new Rivya();
const credentials = (baseUrl = emulator.url) => ({ apiKey: emulator.apiKey, baseUrl });

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});
afterEach(() => {
  emulator.control.reset();
});

/** Runs Generate without waiting and returns the params of the create request. */
async function createdParams(parameters: Record<string, unknown>, baseUrl?: string) {
  const { requests } = await executeNode(node, {
    credentials: credentials(baseUrl),
    parameters: {
      resource: "generation",
      operation: "generate",
      prompt: "A lighthouse in a storm",
      waitForCompletion: false,
      ...parameters,
    },
  });
  const create = requests.find(
    (request) => request.method === "POST" && request.url.endsWith("/generations"),
  );
  return (create?.json as { params?: Record<string, unknown> } | undefined)?.params;
}

describe("Generate's parameters reach Rivya as it expects them", () => {
  it("sends toggles and numeric options as Rivya's strings", async () => {
    const params = await createdParams({
      model: "kling-3-0",
      params_kling_3_0: { sound: true, multi_shots: false, duration: 10, mode: "std" },
    });
    expect(params).toEqual({ sound: "true", multi_shots: "false", duration: "10", mode: "std" });
  });

  // What an expression yields: a number ({{ 10 }}) or a numeric string (mapped from text data).
  it("accepts numbers and numeric strings alike", async () => {
    const fromNumber = await createdParams({ model: "kling-3-0", params_kling_3_0: { duration: 10 } });
    const fromString = await createdParams({ model: "kling-3-0", params_kling_3_0: { duration: "10" } });
    expect(fromNumber).toEqual({ duration: "10" });
    expect(fromString).toEqual({ duration: "10" });
  });

  it("sends numbers exactly as typed (cfg_scale 0.75, not 0.8)", async () => {
    const params = await createdParams({
      model: "kling-v2-5-turbo-pro",
      params_kling_v2_5_turbo_pro: { cfg_scale: 0.75 },
    });
    expect(params).toEqual({ cfg_scale: 0.75 });
  });

  it("never sends the previous model's values after a model switch", async () => {
    const params = await createdParams({
      model: "kling-v2-5-turbo-pro",
      params_kling_3_0: { duration: 15, sound: true },
      params_kling_v2_5_turbo_pro: { duration: 10 },
    });
    expect(params).toEqual({ duration: "10" });
  });

  it("refuses an out-of-range number before sending, naming the range", async () => {
    const run = createdParams({
      model: "kling-v2-5-turbo-pro",
      params_kling_v2_5_turbo_pro: { cfg_scale: 5 },
    });
    await expect(run).rejects.toThrow(/cfg_scale.*5.*0 to 1/);
    expect(emulator.control.requests({ method: "POST" })).toHaveLength(0);
  });
});

describe("the credential's Base URL", () => {
  it.each(["", "/", "/api/v1", "/api/v1/"])(
    "accepts the emulator's origin followed by %j",
    async (suffix) => {
      const params = await createdParams({ model: "kling-v2-5-turbo-pro" }, `${emulator.url}${suffix}`);
      expect(params).toBeUndefined();
      expect(emulator.control.tasks()).toHaveLength(1);
    },
  );

  it("normalises what users paste", () => {
    expect(normalizeBaseUrl(" https://rivya.ai/api/v1/ ")).toBe("https://rivya.ai");
    expect(normalizeBaseUrl("http://127.0.0.1:4010//")).toBe("http://127.0.0.1:4010");
  });

  it("says what to check when the host cannot be reached", async () => {
    const closedPort = await freePort();
    const run = executeNode(node, {
      credentials: { apiKey: emulator.apiKey, baseUrl: `http://127.0.0.1:${closedPort}` },
      parameters: { resource: "account", operation: "getCredits" },
    });
    const error = (await run.catch((caught: unknown) => caught)) as NodeOperationError;
    expect(error).toBeInstanceOf(NodeOperationError);
    expect(error.message).toMatch(/could not be reached: check the Base URL of the Rivya credentials/);
    expect(error.description).toMatch(/Check the Base URL.*that the host is running/);
  });
});
