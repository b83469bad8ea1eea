import {
  createRivyaClient,
  generate,
  RivyaApiDisabledError,
  RivyaGenerationFailedError,
  RivyaTimeoutError,
} from "@rivya-kit/core/node";
import type { RunningEmulator } from "@rivya-kit/emulator";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fastPolling, startTestEmulator } from "./emulator-client.js";

let emulator: RunningEmulator;
let client: Awaited<ReturnType<typeof startTestEmulator>>["client"];
const request = { model: "kling-3-0", prompt: "A lighthouse in a storm", params: { duration: "5" } };
const createRoute = "POST /api/v1/generations";

beforeAll(async () => {
  ({ emulator, client } = await startTestEmulator());
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.control.reset();
});

/** One task, one reserve: nothing lost, nothing paid twice. */
function expectOneTaskChargedOnce(taskId: string | undefined): void {
  expect(emulator.control.tasks().map((task) => task.id)).toEqual([taskId]);
  expect(emulator.control.charges().filter((entry) => entry.kind === "reserve")).toHaveLength(1);
}

describe("fault scenarios against the emulator", () => {
  it("a 5xx on create is retried with the same Idempotency-Key", async () => {
    emulator.control.injectFault({ kind: "error", status: 502, route: createRoute, count: 2 });
    const result = await generate(client, request, fastPolling);
    expect(result.status).toBe("succeeded");
    const creates = emulator.control.requests({ method: "POST", path: "/api/v1/generations" });
    expect(creates.map((entry) => entry.status)).toEqual([502, 502, 200]);
    expect(new Set(creates.map((entry) => entry.idempotencyKey))).toEqual(new Set([result.idempotencyKey]));
    expectOneTaskChargedOnce(result.taskId);
  });

  it("a connection reset AFTER the task was created: the retry gets the same task, no double charge", async () => {
    emulator.control.injectFault({ kind: "reset", phase: "after", route: createRoute });
    const result = await generate(client, request, fastPolling);
    expect(result.status).toBe("succeeded");
    const creates = emulator.control.requests({ method: "POST", path: "/api/v1/generations" });
    expect(creates).toHaveLength(2);
    expect(creates[1]!.replayed).toBe(true);
    expectOneTaskChargedOnce(result.taskId);
  });

  it("a truncated create answer is retried into the same task", async () => {
    emulator.control.injectFault({ kind: "truncated_body", route: createRoute });
    const result = await generate(client, request, fastPolling);
    expect(result.status).toBe("succeeded");
    expectOneTaskChargedOnce(result.taskId);
  });

  it("a 429 is retried after Retry-After", async () => {
    emulator.control.injectFault({ kind: "rate_limit", retryAfterSeconds: 1, route: createRoute });
    const started = Date.now();
    const result = await generate(client, request, fastPolling);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(result.status).toBe("succeeded");
    expectOneTaskChargedOnce(result.taskId);
  });

  it("slow headers trip the per-request timeout; the retry with the same key finds the task", async () => {
    emulator.control.injectFault({ kind: "slow_headers", delayMs: 1500, phase: "after", route: createRoute });
    const impatient = createRivyaClient({
      apiKey: emulator.apiKey,
      baseUrl: emulator.url,
      timeoutMs: 500,
      logLevel: "off",
    });
    const started = Date.now();
    const result = await generate(impatient, request, fastPolling);
    expect(result.status).toBe("succeeded");
    // Let the abandoned first attempt finish on the server: its key makes it a replay, not a task.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + 1700 - Date.now())));
    const creates = emulator.control.requests({ method: "POST", path: "/api/v1/generations" });
    expect(new Set(creates.map((entry) => entry.idempotencyKey)).size).toBe(1);
    expectOneTaskChargedOnce(result.taskId);
  });

  it("flaky polls (5xx, resets) do not lose the task", async () => {
    emulator.control.injectFault({
      kind: "error",
      status: 503,
      route: "GET /api/v1/generations/:id",
      count: 3,
    });
    emulator.control.injectFault({ kind: "reset", route: "GET /api/v1/generations/:id", count: 2 });
    const result = await generate(client, request, fastPolling);
    expect(result.status).toBe("succeeded");
    expectOneTaskChargedOnce(result.taskId);
  });

  it("a failed task raises RivyaGenerationFailedError with its id, and is refunded", async () => {
    emulator.control.injectFault({ kind: "task_failure", message: "content policy" });
    const before = emulator.control.balance();
    const error = await generate(client, request, fastPolling).catch((caught) => caught);
    expect(RivyaGenerationFailedError.isInstance(error)).toBe(true);
    expect(error.taskId).toBe(emulator.control.tasks()[0]!.id);
    expect(emulator.control.balance()).toBe(before);
  });

  it("the overall timeout raises RivyaTimeoutError carrying the task id", async () => {
    emulator.control.setSpeed(1);
    const error = await generate(client, request, { timeoutMs: 300 }).catch((caught) => caught);
    emulator.control.setSpeed(1000);
    expect(RivyaTimeoutError.isInstance(error)).toBe(true);
    // The wait's own limit or the flow's deadline, whichever fires first.
    expect(["wait_timeout", "generate_timeout"]).toContain(error.code);
    expect(error.taskId).toBe(emulator.control.tasks()[0]!.id);
  });

  it("public_api_disabled is reported at once, without retries", async () => {
    emulator.control.setPublicApiDisabled(true);
    const error = await generate(client, request, fastPolling).catch((caught) => caught);
    expect(RivyaApiDisabledError.isInstance(error)).toBe(true);
    expect(emulator.control.requests()).toHaveLength(1);
    emulator.control.setPublicApiDisabled(false);
  });
});
