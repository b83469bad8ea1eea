import { describe, expect, it } from "vitest";
import { emulator } from "./helpers.js";

const request = {
  model: "kling-3-0",
  prompt: "a red fox in snow",
  params: { aspect_ratio: "9:16", duration: "5" },
};

describe("generations", () => {
  it("answers a create with the task as created (queued), however fast the virtual clock runs", async () => {
    // At this speed the 3 s queue lasts 3 µs of real time: the answer must not be aged by the
    // time spent between creating the task and writing its answer.
    const { api } = await emulator({ credits: 500, speed: 1_000_000 });
    const created = await api("POST", "/generations", { body: request });
    expect(created.body.status).toBe("queued");
  });

  it("creates a queued task that moves through processing to succeeded on the virtual clock", async () => {
    const { api, control } = await emulator({ credits: 500 });
    const created = await api("POST", "/generations", { body: request });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      id: expect.stringMatching(/^task_/),
      status: "queued",
      model: "kling-3-0",
      reserved_credits: 90,
      final_credits: 0,
      result: null,
      error: null,
    });
    expect((await api("GET", "/credits")).body).toEqual({ current_credits: 410 });

    await control.advanceTime(3_000);
    const processing = await api("GET", `/generations/${created.body.id}`);
    expect(processing.body.status).toBe("processing");

    await control.advanceTime(90_000);
    const done = await api("GET", `/generations/${created.body.id}`);
    expect(done.body).toMatchObject({
      status: "succeeded",
      reserved_credits: 90,
      final_credits: 90,
      error: null,
    });
    expect(done.body.result.urls).toEqual([done.body.result.primary_url]);
    expect(Date.parse(done.body.updated_at) - Date.parse(done.body.created_at)).toBe(93_000);
    expect((await api("GET", "/credits")).body.current_credits).toBe(410);
  });

  it("uses configurable timelines per model and category", async () => {
    const { api, control } = await emulator({ timelines: { image: { queuedMs: 0, processingMs: 1000 } } });
    const created = await api("POST", "/generations", { body: { model: "z-image", prompt: "a cat" } });
    expect(created.body.status).toBe("processing");
    await control.advanceTime(1000);
    expect((await api("GET", `/generations/${created.body.id}`)).body.status).toBe("succeeded");
  });

  it("fails a task with generation_failed and refunds its credits", async () => {
    const { api, control } = await emulator({ credits: 100 });
    control.injectFault({ kind: "task_failure", message: "content policy" });
    const created = await api("POST", "/generations", { body: request });
    expect((await api("GET", "/credits")).body.current_credits).toBe(10);
    await control.advanceTime(100_000);
    const failed = await api("GET", `/generations/${created.body.id}`);
    expect(failed.body).toMatchObject({
      status: "failed",
      reserved_credits: 90,
      final_credits: 0,
      result: null,
      error: { code: "generation_failed", message: "content policy" },
    });
    expect((await api("GET", "/credits")).body.current_credits).toBe(100);
    expect(control.charges().map((charge) => [charge.kind, charge.credits, charge.balanceAfter])).toEqual([
      ["reserve", -90, 10],
      ["refund", 90, 100],
    ]);
  });

  it("answers insufficient_credits 402 and creates no task when the balance is short", async () => {
    const { api, control } = await emulator({ credits: 89 });
    const response = await api("POST", "/generations", { body: request });
    expect(response.status).toBe(402);
    expect(response.body.error.code).toBe("insufficient_credits");
    expect(response.body.error.message).toContain("90");
    expect(control.tasks()).toEqual([]);
    expect(control.charges()).toEqual([]);
  });

  it("keeps wallet arithmetic exact over many tasks, failures and a metered model", async () => {
    const { api, control } = await emulator({ credits: 1000, failureRate: 0.5, seed: 7 });
    for (let index = 0; index < 6; index++)
      await api("POST", "/generations", { body: { model: "z-image", prompt: "p" } });
    const metered = await api("POST", "/generations", {
      body: {
        model: "elevenlabs-turbo-2-5",
        prompt: "x".repeat(250),
        params: { voice: "TX3LPaxmHKxFdv7VOQHJ" },
      },
    });
    expect(metered.body.reserved_credits).toBe(6);
    await control.advanceTime(60_000);
    const tasks = control.tasks();
    const failures = tasks.filter((task) => task.status === "failed");
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.length).toBeLessThan(7);
    const spent = tasks.reduce((sum, task) => sum + task.finalCredits, 0);
    expect((await api("GET", "/credits")).body.current_credits).toBe(1000 - spent);
    const meteredTask = await api("GET", `/generations/${metered.body.id}`);
    if (meteredTask.body.status === "succeeded") expect(meteredTask.body.final_credits).toBe(3);
  });

  it("hides tasks of other accounts as not_found", async () => {
    const { api, control } = await emulator();
    const other = control.seedAccount({});
    const created = await api("POST", "/generations", { body: request });
    const response = await api("GET", `/generations/${created.body.id}`, { key: other.apiKey });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("not_found");
    expect((await api("GET", "/generations/task_unknown")).body.error.code).toBe("not_found");
  });

  it.each([
    [{ model: "kling-3-0" }, "prompt"],
    [{ model: "no-such-model", prompt: "x" }, "no-such-model"],
    [{ model: "kling-3-0", prompt: "x", params: { duration: 5 } }, "params.duration"],
    [{ model: "kling-3-0", prompt: "x", params: { aspect_ratio: "4:3" } }, "4:3"],
    [{ model: "kling-3-0", prompt: "x".repeat(2001) }, "2000"],
    [{ model: "kling-3-0", prompt: "x", params: { colour: "red" } }, "params.colour"],
    [{ model: "kling-3-0", prompt: "x", files: [] }, "files"],
    [
      {
        model: "z-image",
        prompt: "x",
        params: { referenceMediaItems: [{ url: "https://x/y.png", kind: "image" }] },
      },
      "z-image",
    ],
  ])(
    "rejects bad body %# with validation_failed naming it, before reserving credits",
    async (body, named) => {
      const { api, control } = await emulator();
      const response = await api("POST", "/generations", { body });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe("validation_failed");
      expect(response.body.error.message).toContain(named);
      expect(control.charges()).toEqual([]);
    },
  );

  it("rejects a body that is not JSON", async () => {
    const { url, apiKey } = await emulator();
    const response = await fetch(`${url}/api/v1/generations`, {
      method: "POST",
      headers: { Authorization: `Bearer ${apiKey}`, "Content-Type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({
      code: "validation_failed",
      message: expect.stringContaining("JSON"),
    });
  });
});
