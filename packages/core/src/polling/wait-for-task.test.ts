import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRivyaClient } from "../client/create-rivya-client.js";
import type { Task } from "../client/task.js";
import { RivyaAbortedError } from "../errors/rivya-aborted-error.js";
import { RivyaGenerationFailedError } from "../errors/rivya-generation-failed-error.js";
import { RivyaNotFoundError } from "../errors/rivya-not-found-error.js";
import { RivyaTimeoutError } from "../errors/rivya-timeout-error.js";
import {
  type ScriptedAnswer,
  scriptedTransport,
  taskFixture,
  timerSleep,
} from "../testing/fake-transport.js";
import type { WaitProgress } from "./wait-options.js";

function clientWith(script: ScriptedAnswer[]) {
  const transport = scriptedTransport(script);
  const client = createRivyaClient({
    apiKey: "rvya_sk_x",
    fetch: transport,
    sleep: timerSleep,
    random: () => 0.5,
    maxRetries: 0,
  });
  return { client, transport };
}

const queued = taskFixture() as Task;
const ok = (status: string, extra: Record<string, unknown> = {}): ScriptedAnswer => ({
  status: 200,
  body: taskFixture({ status, ...extra }),
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("generations.wait", () => {
  it("first polls 2–3 s after create, reports progress, and returns the succeeded task", async () => {
    const { client, transport } = clientWith([
      ok("processing"),
      ok("some_future_status"),
      ok("succeeded", {
        result: { primary_url: "https://cdn.test/v.mp4", urls: ["https://cdn.test/v.mp4"] },
      }),
    ]);
    const progress: WaitProgress[] = [];
    const pending = client.generations.wait(queued, { onProgress: (event) => progress.push(event) });
    await vi.advanceTimersByTimeAsync(1999);
    expect(transport.requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1001);
    expect(transport.requests).toHaveLength(1);
    await vi.runAllTimersAsync();
    const task = await pending;
    expect(task.result?.primary_url).toBe("https://cdn.test/v.mp4");
    // The unknown status was treated as "still running", not as an end.
    expect(progress.map((event) => event.status)).toEqual(["processing", "some_future_status", "succeeded"]);
    expect(progress[0]).toMatchObject({ previousStatus: "queued", polls: 1, taskId: "task_1" });
    expect(transport.requests[0]!.url).toMatch(/\/api\/v1\/generations\/task_1$/);
  });

  it("raises RivyaGenerationFailedError with the task and its id when the task fails", async () => {
    const { client } = clientWith([ok("failed", { error: { code: "generation_failed", message: "NSFW" } })]);
    const pending = client.generations.wait(queued).catch((error) => error);
    await vi.runAllTimersAsync();
    const error = await pending;
    expect(RivyaGenerationFailedError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ taskId: "task_1", code: "generation_failed" });
    expect(error.message).toContain("NSFW");
    expect(error.task.status).toBe("failed");
  });

  it("returns a failed task instead of throwing when throwOnFailure is false", async () => {
    const { client } = clientWith([ok("failed")]);
    const pending = client.generations.wait(queued, { throwOnFailure: false });
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toMatchObject({ status: "failed" });
  });

  it("stops at the overall timeout with RivyaTimeoutError carrying the task id", async () => {
    const { client, transport } = clientWith([ok("processing")]);
    const pending = client.generations.wait(queued, { timeoutMs: 60_000 }).catch((error) => error);
    await vi.advanceTimersByTimeAsync(59_000);
    const pollsBefore = transport.requests.length;
    await vi.advanceTimersByTimeAsync(2_000);
    const error = await pending;
    expect(RivyaTimeoutError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: "wait_timeout", taskId: "task_1", timeoutMs: 60_000 });
    expect(error.message).toContain("keeps running");
    // The last sleep was cut to the deadline: one final look, then stop; no dangling timers.
    expect(transport.requests.length).toBeLessThanOrEqual(pollsBefore + 1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("an abort during the sleep between polls ends the wait at once, with the task id", async () => {
    const { client, transport } = clientWith([ok("processing")]);
    const controller = new AbortController();
    const pending = client.generations.wait(queued, { signal: controller.signal }).catch((error) => error);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(transport.requests).toHaveLength(1);
    controller.abort();
    const error = await pending;
    expect(RivyaAbortedError.isInstance(error)).toBe(true);
    expect(error.taskId).toBe("task_1");
    expect(transport.requests).toHaveLength(1);
  });

  it("keeps waiting through transient poll failures, but not through a 404", async () => {
    const { client } = clientWith([
      { status: 502 },
      { throws: new TypeError("socket hang up") },
      ok("succeeded"),
    ]);
    const pending = client.generations.wait(queued);
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toMatchObject({ status: "succeeded" });

    const missing = clientWith([
      { status: 404, body: { error: { code: "not_found", message: "no such task" } } },
    ]);
    const failing = missing.client.generations.wait("task_404").catch((error) => error);
    await vi.runAllTimersAsync();
    const error = await failing;
    expect(RivyaNotFoundError.isInstance(error)).toBe(true);
    expect(error.taskId).toBe("task_404");
  });

  it("rides out every transient kind of poll failure until its own deadline", async () => {
    const page = "<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head></html>";
    const { client, transport } = clientWith([
      { status: 503, body: page },
      { status: 408 },
      { status: 200, body: '{"id":"task_' },
      { status: 429, body: { error: { code: "rate_limited" } } },
      { throws: new TypeError("socket hang up") },
      ok("processing"),
      { status: 502, body: page },
    ]);
    const pending = client.generations
      .wait(queued, { timeoutMs: 30_000, pollIntervalMs: 1000 })
      .catch((error) => error);
    await vi.runAllTimersAsync();
    const error = await pending;
    // Never a poll failure: only the wait's own deadline ends it, naming the task.
    expect(RivyaTimeoutError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: "wait_timeout", taskId: "task_1" });
    expect(error.message).toContain("last status: processing");
    expect(transport.requests.length).toBeGreaterThan(20);
  });

  it("lets a caller-supplied sleep do the waiting (durable engines)", async () => {
    const { client } = clientWith([ok("processing"), ok("succeeded")]);
    const slept: number[] = [];
    const task = await client.generations.wait(queued, {
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
    expect(task.status).toBe("succeeded");
    expect(slept).toHaveLength(2);
    expect(slept[0]).toBeGreaterThanOrEqual(2000);
    expect(slept[0]).toBeLessThanOrEqual(3000);
  });

  it("a bare task id is looked at immediately (it may be long finished)", async () => {
    const { client, transport } = clientWith([ok("succeeded")]);
    const task = await client.generations.wait("task_1");
    expect(task.status).toBe("succeeded");
    expect(transport.requests).toHaveLength(1);
  });

  it("createAndWait: creates once, reports the task, waits; its timeoutMs bounds the wait only", async () => {
    const { client, transport } = clientWith([
      { status: 200, body: taskFixture() },
      ok("processing"),
      ok("succeeded"),
    ]);
    const created: string[] = [];
    const pending = client.generations.createAndWait(
      { model: "kling-3-0", prompt: "a fox" },
      { timeoutMs: 600_000, onCreated: (task) => created.push(task.id) },
    );
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toMatchObject({ status: "succeeded" });
    expect(created).toEqual(["task_1"]);
    expect(transport.requests.map((request) => request.method)).toEqual(["POST", "GET", "GET"]);
  });
});
