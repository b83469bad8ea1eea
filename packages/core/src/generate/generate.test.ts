import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRivyaClient } from "../client/create-rivya-client.js";
import { RivyaBudgetExceededError } from "../errors/rivya-budget-exceeded-error.js";
import { RivyaGenerationFailedError } from "../errors/rivya-generation-failed-error.js";
import { RivyaInsufficientCreditsError } from "../errors/rivya-insufficient-credits-error.js";
import { RivyaTimeoutError } from "../errors/rivya-timeout-error.js";
import { RivyaValidationError } from "../errors/rivya-validation-error.js";
import {
  type RecordedRequest,
  scriptedTransport,
  taskFixture,
  timerSleep,
} from "../testing/fake-transport.js";
import { generate } from "./generate.js";
import type { GenerateEvent } from "./generate-event.js";

const png = new Uint8Array(readFileSync(new URL("../../test/fixtures/red.png", import.meta.url)));
const mp3 = new Uint8Array(readFileSync(new URL("../../test/fixtures/tone.mp3", import.meta.url)));

interface FakeApiOptions {
  balance?: number;
  finalStatus?: "succeeded" | "failed";
}

/** A small in-memory Rivya behind the scripted transport. */
function fakeApi(options: FakeApiOptions = {}) {
  const uploads: string[] = [];
  let polls = 0;
  const transport = scriptedTransport([
    async (request: RecordedRequest) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith("/credits"))
        return { status: 200, body: { current_credits: options.balance ?? 1000 } };
      if (path.endsWith("/files")) {
        uploads.push(await new Response(request.body as ReadableStream).text());
        return {
          status: 200,
          body: {
            id: "file_1",
            kind: "image",
            url: "https://files.test/file_1.png",
            mime_type: "image/png",
            name: "red.png",
          },
        };
      }
      if (request.method === "POST" && path.endsWith("/generations"))
        return { status: 200, body: taskFixture() };
      polls++;
      const done = polls >= 2;
      const status = done ? (options.finalStatus ?? "succeeded") : "processing";
      return {
        status: 200,
        body: taskFixture({
          status,
          final_credits: status === "succeeded" ? 90 : 0,
          result:
            status === "succeeded"
              ? { primary_url: "https://cdn.test/v.mp4", urls: ["https://cdn.test/v.mp4"] }
              : null,
          error: status === "failed" ? { code: "generation_failed", message: "model error" } : null,
        }),
      };
    },
  ]);
  const client = createRivyaClient({
    apiKey: "rvya_sk_x",
    fetch: transport,
    sleep: timerSleep,
    random: () => 0.5,
  });
  return { client, transport, uploads };
}

const textRequest = {
  model: "kling-3-0",
  prompt: "a red fox running through snow",
  params: { duration: "5" },
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

async function run<T>(promise: Promise<T>): Promise<T> {
  await vi.runAllTimersAsync();
  return promise;
}

describe("generate", () => {
  it("text-to-video: validates, estimates, creates, waits, and reports every step in order", async () => {
    const { client, transport } = fakeApi();
    const events: GenerateEvent[] = [];
    const result = await run(generate(client, textRequest, { onEvent: (event) => events.push(event) }));
    expect(result).toMatchObject({
      taskId: "task_1",
      status: "succeeded",
      credits: 90,
      urls: ["https://cdn.test/v.mp4"],
    });
    expect(events.map((event) => event.type)).toEqual([
      "validated",
      "estimated",
      "created",
      "status",
      "status",
      "done",
    ]);
    const created = events.find((event) => event.type === "created");
    expect(created).toMatchObject({ taskId: "task_1", idempotencyKey: result.idempotencyKey });
    const create = transport.requests.find((request) => request.method === "POST")!;
    expect(create.json).toEqual({
      model: "kling-3-0",
      prompt: textRequest.prompt,
      params: { duration: "5" },
    });
    expect(create.headers["idempotency-key"]).toBe(result.idempotencyKey);
  });

  it("image-to-video: sniffs, uploads the reference as multipart, then references its URL", async () => {
    const { client, transport, uploads } = fakeApi();
    const events: GenerateEvent[] = [];
    const result = await run(
      generate(
        client,
        { ...textRequest, references: [{ file: png, name: "red.png" }] },
        { onEvent: (e) => events.push(e) },
      ),
    );
    expect(uploads).toHaveLength(1);
    expect(uploads[0]).toContain('name="kind"\r\n\r\nimage');
    expect(uploads[0]).toContain('name="model"\r\n\r\nkling-3-0');
    expect(uploads[0]).toContain('filename="red.png"\r\nContent-Type: image/png');
    expect(uploads[0]).toContain("IHDR");
    const create = transport.requests.find(
      (request) => request.method === "POST" && request.url.endsWith("/generations"),
    )!;
    expect((create.json as { params: Record<string, unknown> }).params["referenceMediaItems"]).toEqual([
      { url: "https://files.test/file_1.png", kind: "image", name: "red.png", mimeType: "image/png" },
    ]);
    expect(result.uploads.map((file) => file.id)).toEqual(["file_1"]);
    const types = events.map((event) => event.type);
    expect(types.indexOf("upload:done")).toBeLessThan(types.indexOf("created"));
    expect(events.find((event) => event.type === "upload:progress")).toMatchObject({
      sentBytes: png.byteLength,
    });
  });

  it("refuses bad params and unsupported references before any request", async () => {
    const { client, transport } = fakeApi();
    const badParam = await generate(client, { ...textRequest, params: { duration: "99" } }).catch(
      (error) => error,
    );
    expect(RivyaValidationError.isInstance(badParam)).toBe(true);
    const badFile = await generate(client, { ...textRequest, references: [mp3] }).catch((error) => error);
    expect(RivyaValidationError.isInstance(badFile)).toBe(true);
    expect(badFile.message).toContain("audio");
    expect(transport.requests).toHaveLength(0);
  });

  it("dry run: reads the balance, sends nothing billable", async () => {
    const { client, transport } = fakeApi({ balance: 500 });
    const result = await run(generate(client, textRequest, { dryRun: true }));
    expect(result).toMatchObject({ status: "dry_run", taskId: undefined, balance: 500 });
    expect(result.estimate.total).toBe(90);
    expect(transport.requests.map((request) => new URL(request.url).pathname)).toEqual(["/api/v1/credits"]);
  });

  it("maxCredits below the estimate refuses before any request", async () => {
    const { client, transport } = fakeApi();
    const error = await generate(client, textRequest, { maxCredits: 50 }).catch((caught) => caught);
    expect(RivyaBudgetExceededError.isInstance(error)).toBe(true);
    expect(error.message).toContain("maxCredits 50");
    expect(transport.requests).toHaveLength(0);
  });

  it("checkBalance refuses when the balance is below the estimate, before the create", async () => {
    const { client, transport } = fakeApi({ balance: 10 });
    const error = await run(generate(client, textRequest, { checkBalance: true }).catch((caught) => caught));
    expect(RivyaInsufficientCreditsError.isInstance(error)).toBe(true);
    expect(transport.requests.some((request) => request.method === "POST")).toBe(false);
  });

  it("an error after the create carries the task id, which the created event already gave", async () => {
    const { client } = fakeApi({ finalStatus: "failed" });
    const events: GenerateEvent[] = [];
    const error = await run(
      generate(client, textRequest, { onEvent: (e) => events.push(e) }).catch((caught) => caught),
    );
    expect(RivyaGenerationFailedError.isInstance(error)).toBe(true);
    expect(error.taskId).toBe("task_1");
    expect(events.some((event) => event.type === "created" && event.taskId === "task_1")).toBe(true);
  });

  it("wait: false returns the queued task right after the create; the caller's key is used", async () => {
    const { client, transport } = fakeApi();
    const result = await run(generate(client, textRequest, { wait: false, idempotencyKey: "ci-run-42" }));
    expect(result).toMatchObject({ taskId: "task_1", status: "queued", idempotencyKey: "ci-run-42" });
    expect(transport.requests.filter((request) => request.method === "GET")).toHaveLength(0);
    expect(transport.requests[0]!.headers["idempotency-key"]).toBe("ci-run-42");
  });

  it("an onEvent handler that throws does not break the flow", async () => {
    const { client } = fakeApi();
    const result = await run(
      generate(client, textRequest, {
        onEvent: () => {
          throw new Error("render failed");
        },
      }),
    );
    expect(result.status).toBe("succeeded");
  });

  it("the deadline firing while a poll hangs is a wait_timeout that names the created task", async () => {
    const transport = scriptedTransport([{ status: 200, body: taskFixture() }, { hang: true }]);
    const client = createRivyaClient({ apiKey: "rvya_sk_x", fetch: transport, sleep: timerSleep });
    const pending = generate(client, textRequest, { timeoutMs: 5000 }).catch((e) => e);
    await vi.advanceTimersByTimeAsync(5000);
    const error = await pending;
    expect(RivyaTimeoutError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: "wait_timeout", taskId: "task_1" });
    expect(error.message).toContain("task task_1 keeps running on Rivya");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("a create whose outcome stays unknown is retried until the deadline; the error carries the key", async () => {
    const reset = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    const transport = scriptedTransport([{ throws: reset }]);
    const client = createRivyaClient({ apiKey: "rvya_sk_x", fetch: transport, sleep: timerSleep });
    const pending = generate(client, textRequest, { timeoutMs: 120_000, idempotencyKey: "run-9" }).catch(
      (e) => e,
    );
    await vi.advanceTimersByTimeAsync(120_000);
    const error = await pending;
    expect(RivyaTimeoutError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      code: "generate_timeout",
      taskId: undefined,
      idempotencyKey: "run-9",
      taskMayExist: true,
    });
    expect(error.message).toContain("re-run with idempotency key run-9");
    // Far more than the 3 attempts of an ordinary call, all with the one key.
    expect(transport.requests.length).toBeGreaterThan(6);
    expect(new Set(transport.requests.map((request) => request.headers["idempotency-key"]))).toEqual(
      new Set(["run-9"]),
    );
    expect(vi.getTimerCount()).toBe(0);
  });

  it("a create that fails definitely carries its key but says no task exists", async () => {
    const transport = scriptedTransport([
      { status: 402, body: { error: { code: "insufficient_credits", message: "short" } } },
    ]);
    const client = createRivyaClient({ apiKey: "rvya_sk_x", fetch: transport, sleep: timerSleep });
    const error = await generate(client, textRequest).catch((e) => e);
    expect(RivyaInsufficientCreditsError.isInstance(error)).toBe(true);
    expect(error.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.taskMayExist).toBe(false);
  });

  it("timeoutMs bounds the whole flow: a hanging upload ends in RivyaTimeoutError, no task created", async () => {
    const transport = scriptedTransport([{ hang: true }]);
    const client = createRivyaClient({ apiKey: "rvya_sk_x", fetch: transport, sleep: timerSleep });
    const pending = generate(client, { ...textRequest, references: [png] }, { timeoutMs: 5000 }).catch(
      (e) => e,
    );
    await vi.advanceTimersByTimeAsync(5000);
    const error = await pending;
    expect(RivyaTimeoutError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: "generate_timeout", taskId: undefined });
    expect(error.message).toContain("no task was created");
    expect(transport.requests.map((request) => new URL(request.url).pathname)).toEqual(["/api/v1/files"]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
