import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RivyaAbortedError } from "../errors/rivya-aborted-error.js";
import { RivyaApiDisabledError } from "../errors/rivya-api-disabled-error.js";
import { RivyaApiError } from "../errors/rivya-api-error.js";
import { RivyaAuthenticationError } from "../errors/rivya-authentication-error.js";
import { RivyaConnectionError } from "../errors/rivya-connection-error.js";
import { RivyaIdempotencyConflictError } from "../errors/rivya-idempotency-conflict-error.js";
import { RivyaInsufficientCreditsError } from "../errors/rivya-insufficient-credits-error.js";
import { RivyaNotFoundError } from "../errors/rivya-not-found-error.js";
import { RivyaPermissionError } from "../errors/rivya-permission-error.js";
import { RivyaRateLimitError } from "../errors/rivya-rate-limit-error.js";
import { RivyaTimeoutError } from "../errors/rivya-timeout-error.js";
import { RivyaValidationError } from "../errors/rivya-validation-error.js";
import {
  type ScriptedAnswer,
  scriptedTransport,
  taskFixture,
  timerSleep,
} from "../testing/fake-transport.js";
import { createRivyaClient } from "./create-rivya-client.js";

const apiKey = "rvya_sk_test_secret_123";
const request = { model: "kling-3-0", prompt: "a red fox running through snow" };

function clientWith(
  script: ScriptedAnswer[],
  options: {
    maxRetries?: number;
    timeoutMs?: number;
    maxRateLimitWaitMs?: number;
    createRetryWindowMs?: number;
  } = {},
) {
  const transport = scriptedTransport(script);
  let seed = 0;
  const client = createRivyaClient({
    apiKey,
    baseUrl: "https://api.example.test",
    fetch: transport,
    sleep: timerSleep,
    // Deterministic but varying, so generated keys differ.
    random: () => {
      seed = (seed * 9301 + 49297) % 233280;
      return seed / 233280;
    },
    ...options,
  });
  return { client, transport };
}

function envelope(code: string, message = "nope") {
  return { error: { code, message, requestId: "req_42" } };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("generations.create", () => {
  it("sends the validated body with the key and an Idempotency-Key, and returns the task", async () => {
    const { client, transport } = clientWith([{ status: 200, body: taskFixture() }]);
    const task = await client.generations.create({ ...request, params: { duration: "5" } });
    expect(task.id).toBe("task_1");
    const [sent] = transport.requests;
    expect(sent!.url).toBe("https://api.example.test/api/v1/generations");
    expect(sent!.method).toBe("POST");
    expect(sent!.headers["authorization"]).toBe(`Bearer ${apiKey}`);
    expect(sent!.headers["idempotency-key"]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(sent!.json).toEqual({ model: "kling-3-0", prompt: request.prompt, params: { duration: "5" } });
  });

  it("rejects an invalid request before any request is sent", async () => {
    const { client, transport } = clientWith([{ status: 200, body: taskFixture() }]);
    const error = await client.generations.create({ ...request, params: { duration: "99" } }).catch((e) => e);
    expect(RivyaValidationError.isInstance(error)).toBe(true);
    expect(error.message).toContain("params.duration");
    expect(transport.requests).toHaveLength(0);
  });

  it("retries 5xx and connection errors with the same Idempotency-Key", async () => {
    const { client, transport } = clientWith(
      [
        { status: 502, body: "bad gateway" },
        { throws: new TypeError("fetch failed") },
        { status: 200, body: taskFixture() },
      ],
      { maxRetries: 3 },
    );
    const pending = client.generations.create(request, { idempotencyKey: "key-1" });
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toMatchObject({ id: "task_1" });
    expect(transport.requests.map((sent) => sent.headers["idempotency-key"])).toEqual([
      "key-1",
      "key-1",
      "key-1",
    ]);
    expect(new Set(transport.requests.map((sent) => sent.body)).size).toBe(1);
  });

  it("a fresh key per logical create, reused by that create's retries only", async () => {
    const { client, transport } = clientWith([{ status: 500 }, { status: 200, body: taskFixture() }]);
    const first = client.generations.create(request);
    await vi.runAllTimersAsync();
    await first;
    await client.generations.create(request);
    const keys = transport.requests.map((sent) => sent.headers["idempotency-key"]);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it("never retries a 409 idempotency conflict or other 4xx", async () => {
    for (const [status, code] of [
      [409, "idempotency_conflict"],
      [400, "validation_failed"],
      [402, "insufficient_credits"],
    ] as const) {
      const { client, transport } = clientWith([{ status, body: envelope(code) }]);
      await expect(client.generations.create(request)).rejects.toMatchObject({ code, status });
      expect(transport.requests).toHaveLength(1);
    }
  });

  it("waits as long as Retry-After says before retrying a 429", async () => {
    const { client, transport } = clientWith([
      { status: 429, body: envelope("rate_limited"), headers: { "retry-after": "3" } },
      { status: 200, body: taskFixture() },
    ]);
    const pending = client.generations.create(request);
    await vi.advanceTimersByTimeAsync(2900);
    expect(transport.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(600);
    expect(transport.requests).toHaveLength(2);
    await expect(pending).resolves.toMatchObject({ id: "task_1" });
  });

  it("waits out 429s within maxRateLimitWaitMs, then counts them as retries, then gives up", async () => {
    const { client, transport } = clientWith(
      [{ status: 429, body: envelope("rate_limited"), headers: { "retry-after": "2" } }],
      // No persistence window: this is about the rate-limit allowance of an ordinary call.
      { maxRetries: 1, maxRateLimitWaitMs: 10_000, createRetryWindowMs: 0 },
    );
    const pending = client.generations.create(request).catch((error) => error);
    await vi.runAllTimersAsync();
    const error = await pending;
    expect(RivyaRateLimitError.isInstance(error)).toBe(true);
    expect(error.retryAfterMs).toBe(2000);
    expect(error.requestId).toBe("req_42");
    // 2 s waits (+ up to 10 % jitter) fit 4 times in 10 s, then one counted retry: 6 attempts.
    expect(transport.requests.length).toBeGreaterThanOrEqual(5);
    expect(transport.requests.length).toBeLessThanOrEqual(6);
  });

  it("after a 429, other calls of the same client hold back until the window reopens", async () => {
    const { client, transport } = clientWith([
      { status: 429, body: envelope("rate_limited"), headers: { "retry-after": "5" } },
      { status: 200, body: { current_credits: 7 } },
    ]);
    const first = client.credits.get();
    await vi.advanceTimersByTimeAsync(10);
    const second = client.credits.get();
    await vi.advanceTimersByTimeAsync(4900);
    expect(transport.requests).toHaveLength(1);
    await vi.runAllTimersAsync();
    await expect(Promise.all([first, second])).resolves.toHaveLength(2);
    expect(transport.requests).toHaveLength(3);
  });

  it("an abort during the sleep between retries ends the call at once", async () => {
    const { client, transport } = clientWith([{ status: 503 }], { maxRetries: 5 });
    const controller = new AbortController();
    const pending = client.generations.create(request, { signal: controller.signal }).catch((error) => error);
    await vi.advanceTimersByTimeAsync(100);
    expect(transport.requests).toHaveLength(1);
    controller.abort();
    const error = await pending;
    expect(RivyaAbortedError.isInstance(error)).toBe(true);
    expect(transport.requests).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("times out a hanging attempt, retries it, then raises RivyaTimeoutError", async () => {
    const { client, transport } = clientWith([{ hang: true }], {
      timeoutMs: 5000,
      maxRetries: 1,
      createRetryWindowMs: 0,
    });
    const pending = client.generations.create(request).catch((error) => error);
    await vi.advanceTimersByTimeAsync(4999);
    expect(transport.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(transport.requests[0]!.signal?.aborted).toBe(true);
    await vi.runAllTimersAsync();
    const error = await pending;
    expect(RivyaTimeoutError.isInstance(error)).toBe(true);
    expect(error.code).toBe("request_timeout");
    expect(transport.requests).toHaveLength(2);
  });
});

describe("error mapping", () => {
  const cases: [number, string | undefined, (error: unknown) => boolean][] = [
    [401, "api_key_revoked", RivyaAuthenticationError.isInstance],
    [401, undefined, RivyaAuthenticationError.isInstance],
    [403, "api_scope_denied", RivyaPermissionError.isInstance],
    [400, "validation_failed", RivyaValidationError.isInstance],
    [400, "webhook_url_rejected", RivyaValidationError.isInstance],
    [404, "not_found", RivyaNotFoundError.isInstance],
    [402, "insufficient_credits", RivyaInsufficientCreditsError.isInstance],
    [409, "idempotency_conflict", RivyaIdempotencyConflictError.isInstance],
    [429, "rate_limited", RivyaRateLimitError.isInstance],
    [503, "public_api_disabled", RivyaApiDisabledError.isInstance],
    [500, "internal", RivyaApiError.isInstance],
    [418, "brand_new_code", RivyaApiError.isInstance],
  ];
  it.each(cases)(
    "HTTP %i %s maps to its class with status, code and request id",
    async (status, code, check) => {
      const { client } = clientWith([{ status, body: code ? envelope(code) : "" }], { maxRetries: 0 });
      const error = await client.generations.get("task_9").catch((caught) => caught);
      expect(check(error)).toBe(true);
      expect(error.status).toBe(status);
      expect(error.code).toBe(code ?? `http_${status}`);
      expect(error.taskId).toBe("task_9");
      if (code) expect(error.requestId).toBe("req_42");
    },
  );

  it("does not retry public_api_disabled", async () => {
    const { client, transport } = clientWith([{ status: 503, body: envelope("public_api_disabled") }]);
    await expect(client.credits.get()).rejects.toSatisfy(RivyaApiDisabledError.isInstance);
    expect(transport.requests).toHaveLength(1);
  });

  it("raises RivyaConnectionError after the retries of a connection failure, never leaking the key", async () => {
    const { client } = clientWith([{ throws: new TypeError(`connect ECONNREFUSED (${apiKey})`) }], {
      maxRetries: 1,
    });
    const pending = client.credits.get().catch((error) => error);
    await vi.runAllTimersAsync();
    const error = await pending;
    expect(RivyaConnectionError.isInstance(error)).toBe(true);
    expect(JSON.stringify({ message: error.message, code: error.code })).not.toContain(apiKey);
  });

  it("refuses a call needing the key locally when none was given", async () => {
    const transport = scriptedTransport([{ status: 200, body: { current_credits: 1 } }]);
    const client = createRivyaClient({ fetch: transport, sleep: timerSleep });
    await expect(client.credits.get()).rejects.toMatchObject({ code: "api_key_missing" });
    expect(transport.requests).toHaveLength(0);
  });
});
