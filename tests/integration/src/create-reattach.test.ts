// A create whose outcome is unknown is never abandoned and never paid twice: the emulator creates
// the task and then breaks the answer, attempt after attempt.
import { createRivyaClient, generate, nodeSleep, RivyaConnectionError } from "@rivya-kit/core/node";
import type { RunningEmulator } from "@rivya-kit/emulator";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestEmulator } from "./emulator-client.js";

/** The client's own time runs this much faster (its sleeps and clock), so minutes of backoff take a second. */
const clientSpeed = 100;
const request = { model: "kling-3-0", prompt: "A lighthouse in a storm", params: { duration: "5" } };
const createRoute = "POST /api/v1/generations";

let emulator: RunningEmulator;

beforeAll(async () => {
  ({ emulator } = await startTestEmulator());
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.control.reset();
});

/** A real client on an accelerated clock; `timeoutMs` keeps each request's real limit at 5 s. */
function acceleratedClient(options: { createRetryWindowMs?: number } = {}) {
  const startedAt = Date.now();
  return createRivyaClient({
    apiKey: emulator.apiKey,
    baseUrl: emulator.url,
    logLevel: "off",
    timeoutMs: 5000 * clientSpeed,
    sleep: (ms, signal) => nodeSleep(ms / clientSpeed, signal),
    now: () => startedAt + (Date.now() - startedAt) * clientSpeed,
    ...options,
  });
}

function creates() {
  return emulator.control.requests({ method: "POST", path: "/api/v1/generations" });
}

function reserves() {
  return emulator.control.charges().filter((entry) => entry.kind === "reserve");
}

/** Six broken answers in a row, each after the server created (or replayed) the task. */
function breakSixCreateAnswers(): void {
  const after = { route: createRoute, phase: "after" } as const;
  emulator.control.injectFault({ kind: "reset", ...after, count: 2 });
  emulator.control.injectFault({ kind: "html_error", status: 502, ...after });
  emulator.control.injectFault({ kind: "error", status: 503, ...after });
  emulator.control.injectFault({ kind: "truncated_body", route: createRoute });
  emulator.control.injectFault({ kind: "malformed_body", route: createRoute });
}

describe("a create whose answers are lost after the task was created", () => {
  it("default settings: the flow persists past the ordinary 3 attempts and returns that task, paid once", async () => {
    breakSixCreateAnswers();
    const result = await generate(acceleratedClient(), request);
    expect(result.status).toBe("succeeded");
    const sent = creates();
    expect(sent.map((entry) => entry.fault)).toEqual([
      "reset",
      "reset",
      "html_error",
      "error",
      "truncated_body",
      "malformed_body",
      null,
    ]);
    expect(new Set(sent.map((entry) => entry.idempotencyKey))).toEqual(new Set([result.idempotencyKey]));
    expect(sent.slice(1).every((entry) => entry.replayed)).toBe(true);
    expect(emulator.control.tasks().map((task) => task.id)).toEqual([result.taskId]);
    expect(reserves()).toHaveLength(1);
  });

  it("window exhausted: the error carries the key and taskMayExist; a re-run with the key gets the same task", async () => {
    emulator.control.injectFault({ kind: "reset", route: createRoute, phase: "after", count: 1000 });
    const error = await generate(acceleratedClient({ createRetryWindowMs: 30_000 }), request).catch(
      (caught) => caught,
    );
    expect(RivyaConnectionError.isInstance(error)).toBe(true);
    expect(error.taskMayExist).toBe(true);
    expect(error.taskId).toBeUndefined();
    expect(error.idempotencyKey).toEqual(expect.any(String));
    // More than an ordinary call's 3 attempts, all with the one key; the task was made by the first.
    expect(creates().length).toBeGreaterThan(3);
    expect(new Set(creates().map((entry) => entry.idempotencyKey))).toEqual(new Set([error.idempotencyKey]));
    const [orphan] = emulator.control.tasks();
    expect(emulator.control.tasks()).toHaveLength(1);

    emulator.control.clearFaults();
    const rerun = await generate(acceleratedClient(), request, { idempotencyKey: error.idempotencyKey });
    expect(rerun.status).toBe("succeeded");
    expect(rerun.taskId).toBe(orphan!.id);
    expect(emulator.control.tasks()).toHaveLength(1);
    expect(reserves()).toHaveLength(1);
  });
});
