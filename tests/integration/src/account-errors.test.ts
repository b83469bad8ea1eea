import {
  createRivyaClient,
  generate,
  RivyaAbortedError,
  RivyaAuthenticationError,
  RivyaIdempotencyConflictError,
  RivyaInsufficientCreditsError,
  RivyaPermissionError,
} from "@rivya-kit/core/node";
import type { RunningEmulator } from "@rivya-kit/emulator";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fastPolling, startTestEmulator } from "./emulator-client.js";

let emulator: RunningEmulator;
let client: Awaited<ReturnType<typeof startTestEmulator>>["client"];
const request = { model: "kling-3-0", prompt: "A paper boat on a river" };

beforeAll(async () => {
  ({ emulator, client } = await startTestEmulator());
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.control.reset();
});

const clientFor = (apiKey: string) =>
  createRivyaClient({ apiKey, baseUrl: emulator.url, logLevel: "off", maxRetries: 2 });

describe("account and request errors against the emulator", () => {
  it("a revoked key: RivyaAuthenticationError at once, never retried", async () => {
    const { apiKey } = emulator.control.seedAccount({ revoked: true });
    const error = await clientFor(apiKey)
      .credits.get()
      .catch((caught) => caught);
    expect(RivyaAuthenticationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, code: "api_key_revoked" });
    expect(error.requestId).toMatch(/^req_/);
    expect(emulator.control.requests()).toHaveLength(1);
    expect(error.message).not.toContain(apiKey);
  });

  it("a key without the scope: RivyaPermissionError", async () => {
    const { apiKey } = emulator.control.seedAccount({ scopes: ["models:read", "credits:read"] });
    const error = await generate(clientFor(apiKey), request, fastPolling).catch((caught) => caught);
    expect(RivyaPermissionError.isInstance(error)).toBe(true);
    expect(error.code).toBe("api_scope_denied");
  });

  it("too few credits: the balance check refuses before the create; the API's 402 maps too", async () => {
    const { apiKey } = emulator.control.seedAccount({ credits: 10 });
    const poor = clientFor(apiKey);
    const local = await generate(poor, request, { ...fastPolling, checkBalance: true }).catch(
      (caught) => caught,
    );
    expect(RivyaInsufficientCreditsError.isInstance(local)).toBe(true);
    expect(emulator.control.requests({ method: "POST" })).toHaveLength(0);
    const remote = await generate(poor, request, fastPolling).catch((caught) => caught);
    expect(RivyaInsufficientCreditsError.isInstance(remote)).toBe(true);
    expect(remote.status).toBe(402);
    expect(emulator.control.tasks()).toHaveLength(0);
  });

  it("reusing a key with another body: RivyaIdempotencyConflictError, not retried, no second task", async () => {
    const first = await client.generations.create(request, { idempotencyKey: "same-key" });
    const again = await client.generations.create(request, { idempotencyKey: "same-key" });
    expect(again.id).toBe(first.id);
    const error = await client.generations
      .create({ ...request, prompt: "Something else" }, { idempotencyKey: "same-key" })
      .catch((caught) => caught);
    expect(RivyaIdempotencyConflictError.isInstance(error)).toBe(true);
    expect(error.status).toBe(409);
    expect(emulator.control.requests({ method: "POST", path: "/api/v1/generations" })).toHaveLength(3);
    expect(emulator.control.tasks()).toHaveLength(1);
  });

  it("an abort while waiting ends generate at once with the task id; the task runs on", async () => {
    emulator.control.setSpeed(1);
    const controller = new AbortController();
    let taskId: string | undefined;
    const pending = generate(client, request, {
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === "created") {
          taskId = event.taskId;
          setTimeout(() => controller.abort(), 50);
        }
      },
    }).catch((caught) => caught);
    const started = Date.now();
    const error = await pending;
    emulator.control.setSpeed(1000);
    expect(RivyaAbortedError.isInstance(error)).toBe(true);
    expect(error.taskId).toBe(taskId);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(emulator.control.tasks()[0]).toMatchObject({ id: taskId });
  });
});
