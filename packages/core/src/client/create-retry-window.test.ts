import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RivyaAbortedError } from "../errors/rivya-aborted-error.js";
import { RivyaApiError } from "../errors/rivya-api-error.js";
import { RivyaConnectionError } from "../errors/rivya-connection-error.js";
import { RivyaValidationError } from "../errors/rivya-validation-error.js";
import {
  type RecordedRequest,
  type ScriptedAnswer,
  scriptedTransport,
  taskFixture,
  timerSleep,
} from "../testing/fake-transport.js";
import { createRivyaClient } from "./create-rivya-client.js";
import type { RivyaClientOptions } from "./rivya-client-options.js";

const request = { model: "kling-3-0", prompt: "a red fox running through snow" };
const reset = { throws: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) };
const refused = { throws: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) };
const gatewayPage = {
  status: 502,
  body: "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
  headers: { "content-type": "text/html" },
};

/** A client whose random source is 0: no jitter, so the schedule is exact. */
function clientWith(script: ScriptedAnswer[], options: Partial<RivyaClientOptions> = {}) {
  const transport = scriptedTransport(script);
  const sentAt: number[] = [];
  const timed = (url: string, init: Parameters<typeof transport>[1]) => {
    sentAt.push(Date.now());
    return transport(url, init);
  };
  const client = createRivyaClient({
    apiKey: "rvya_sk_test_secret_123",
    baseUrl: "https://api.example.test",
    fetch: timed,
    sleep: timerSleep,
    random: () => 0,
    ...options,
  });
  const gaps = () => sentAt.slice(1).map((at, index) => at - sentAt[index]!);
  return { client, transport, gaps };
}

const keysOf = (requests: RecordedRequest[]) =>
  new Set(requests.map((sent) => sent.headers["idempotency-key"]));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("a create whose outcome is unknown", () => {
  it("keeps retrying past maxRetries with the same key through every kind of unknown outcome", async () => {
    const { client, transport } = clientWith([
      reset,
      gatewayPage,
      { status: 503, body: { error: { code: "internal_error", message: "x" } } },
      { status: 200, body: '{"id":"task_' },
      { status: 429, body: { error: { code: "rate_limited" } }, headers: { "retry-after": "1" } },
      { status: 408 },
      { hang: true },
      { status: 200, body: taskFixture({ id: "task_7" }) },
    ]);
    const pending = client.generations.create(request, { idempotencyKey: "key-1" });
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toMatchObject({ id: "task_7" });
    expect(transport.requests).toHaveLength(8);
    expect(keysOf(transport.requests)).toEqual(new Set(["key-1"]));
  });

  it("backs off exponentially to a 30 s cap, and honours Retry-After", async () => {
    const script: ScriptedAnswer[] = Array.from({ length: 9 }, () => reset);
    script.push({ status: 503, headers: { "retry-after": "45" } }, { status: 200, body: taskFixture() });
    const { client, gaps } = clientWith(script);
    const pending = client.generations.create(request);
    await vi.runAllTimersAsync();
    await pending;
    // 0.5, 1, 2, 4, 8, 16 s, then the 30 s cap; a Retry-After of 45 s is waited in full.
    expect(gaps()).toEqual([500, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000, 45_000]);
  });

  it("spreads retries with jitter", async () => {
    let seed = 0.1;
    const { client, gaps } = clientWith(
      Array.from({ length: 6 }, () => reset as ScriptedAnswer).concat([{ status: 200, body: taskFixture() }]),
      {
        random: () => {
          seed = (seed * 7.31) % 1;
          return seed;
        },
      },
    );
    const pending = client.generations.create(request);
    await vi.runAllTimersAsync();
    await pending;
    const base = [500, 1000, 2000, 4000, 8000, 16_000];
    gaps().forEach((gap, index) => {
      expect(gap).toBeGreaterThan(base[index]! * 0.75);
      expect(gap).toBeLessThanOrEqual(base[index]!);
    });
    expect(new Set(gaps().map((gap, index) => gap / base[index]!)).size).toBeGreaterThan(1);
  });

  it("gives up when the window is spent: the error carries the key and taskMayExist", async () => {
    const { client, transport, gaps } = clientWith([reset], { createRetryWindowMs: 60_000 });
    const started = Date.now();
    const pending = client.generations.create(request, { idempotencyKey: "key-2" }).catch((error) => error);
    await vi.runAllTimersAsync();
    const error = await pending;
    expect(RivyaConnectionError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ idempotencyKey: "key-2", taskMayExist: true, taskId: undefined });
    // 0.5 + 1 + 2 + 4 + 8 + 16 = 31.5 s, then the last pause is cut to the window's end.
    expect(gaps()).toEqual([500, 1000, 2000, 4000, 8000, 16_000, 28_500]);
    expect(Date.now() - started).toBe(60_000);
    expect(transport.requests).toHaveLength(8);
  });

  it("the default window is 10 minutes", async () => {
    const { client } = clientWith([reset]);
    const started = Date.now();
    const pending = client.generations.create(request).catch((error) => error);
    await vi.runAllTimersAsync();
    const error = await pending;
    expect(Date.now() - started).toBe(600_000);
    expect(error.taskMayExist).toBe(true);
  });

  it("a per-call retryWindowMs overrides the client's", async () => {
    const { client, transport } = clientWith([reset]);
    const pending = client.generations.create(request, { retryWindowMs: 0 }).catch((error) => error);
    await vi.runAllTimersAsync();
    expect((await pending).taskMayExist).toBe(true);
    expect(transport.requests).toHaveLength(3);
  });

  it("a definite 4xx ends it at once, still flagged when an earlier attempt is unknown", async () => {
    const { client, transport } = clientWith([
      gatewayPage,
      { status: 422, body: { error: { code: "validation_failed", message: "bad" } } },
    ]);
    const pending = client.generations.create(request, { idempotencyKey: "key-3" }).catch((error) => error);
    await vi.runAllTimersAsync();
    const error = await pending;
    expect(RivyaValidationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ idempotencyKey: "key-3", taskMayExist: true });
    expect(transport.requests).toHaveLength(2);
  });

  it.each([
    [402, "insufficient_credits"],
    [503, "public_api_disabled"],
  ])("a definite answer first (%i %s): one request, the key, no taskMayExist", async (status, code) => {
    const { client, transport } = clientWith([{ status, body: { error: { code, message: "no" } } }]);
    const error = await client.generations.create(request, { idempotencyKey: "key-4" }).catch((e) => e);
    expect(error).toMatchObject({ code, idempotencyKey: "key-4", taskMayExist: false });
    expect(transport.requests).toHaveLength(1);
  });

  it("a refused connection sent nothing: ordinary retries, no taskMayExist", async () => {
    const { client, transport } = clientWith([refused]);
    const pending = client.generations.create(request).catch((error) => error);
    await vi.runAllTimersAsync();
    const error = await pending;
    expect(RivyaConnectionError.isInstance(error)).toBe(true);
    expect(error.taskMayExist).toBe(false);
    expect(transport.requests).toHaveLength(3);
  });

  it("an abort during the window ends it at once, with the key and taskMayExist", async () => {
    const { client, transport } = clientWith([reset]);
    const controller = new AbortController();
    const pending = client.generations
      .create(request, { idempotencyKey: "key-5", signal: controller.signal })
      .catch((error) => error);
    await vi.advanceTimersByTimeAsync(120_000);
    const sent = transport.requests.length;
    expect(sent).toBeGreaterThan(3);
    controller.abort();
    const error = await pending;
    expect(RivyaAbortedError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ idempotencyKey: "key-5", taskMayExist: true });
    expect(transport.requests).toHaveLength(sent);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("an abort while the first attempt is in flight may have created the task", async () => {
    const { client } = clientWith([{ hang: true }]);
    const controller = new AbortController();
    const pending = client.generations.create(request, { signal: controller.signal }).catch((error) => error);
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    const error = await pending;
    expect(RivyaAbortedError.isInstance(error)).toBe(true);
    expect(error.taskMayExist).toBe(true);
    expect(error.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("other calls keep their maxRetries; a read retries an unreadable 2xx body", async () => {
    const { client, transport } = clientWith([
      gatewayPage,
      { status: 200, body: "<html>" },
      { status: 200, body: { current_credits: 3 } },
    ]);
    const pending = client.credits.get();
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toEqual({ current_credits: 3 });
    const failing = clientWith([gatewayPage]);
    const error = failing.client.credits.get().catch((caught) => caught);
    await vi.runAllTimersAsync();
    expect(RivyaApiError.isInstance(await error)).toBe(true);
    expect((await error).message).toContain('an HTML page ("502 Bad Gateway")');
    expect((await error).taskMayExist).toBe(false);
    expect(failing.transport.requests).toHaveLength(3);
    expect(transport.requests).toHaveLength(3);
  });

  it("rejects a bad window before sending, naming the option and the value", async () => {
    expect(() => clientWith([], { createRetryWindowMs: -1 })).toThrow(
      "createRivyaClient: createRetryWindowMs: expected a number of milliseconds ≥ 0 (e.g. 600000 for 10 minutes), got -1",
    );
    const { client, transport } = clientWith([]);
    await expect(client.generations.create(request, { retryWindowMs: Number.NaN })).rejects.toThrow(
      "generations.create: retryWindowMs: expected a number of milliseconds ≥ 0",
    );
    expect(transport.requests).toHaveLength(0);
  });
});
