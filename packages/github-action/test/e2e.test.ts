import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { RunningEmulator } from "@rivya-kit/emulator";
import { afterAll, describe, expect, it } from "vitest";
import { packageDirectory } from "./harness/action-defaults.js";
import { startTestEmulator } from "./harness/emulator.js";
import { type ActionRun, createJob, runMain, runPost } from "./harness/run-bundled-action.js";

// The bundled dist/ run as the runner runs it, against a real emulator over HTTP. Each test has
// its own emulator, so the tests run concurrently (most of their time is the client's first poll,
// 2–3 s after the create, which no speed factor shortens).
const emulators: RunningEmulator[] = [];
afterAll(async () => {
  await Promise.all(emulators.splice(0).map((emulator) => emulator.close()));
});

const fixture = (name: string): Buffer => readFileSync(path.join(packageDirectory, "test/fixtures", name));

async function fresh(): Promise<RunningEmulator> {
  const emulator = await startTestEmulator();
  emulators.push(emulator);
  return emulator;
}

function inputs(emulator: RunningEmulator, extra: Record<string, string> = {}): Record<string, string> {
  return {
    "api-key": emulator.apiKey,
    "base-url": emulator.url,
    model: "kling-3-0",
    prompt: "A red fox in fresh snow",
    ...extra,
  };
}

function expectKeyNeverShown(emulator: RunningEmulator, run: ActionRun): void {
  // `::add-mask::` is consumed by the runner (it registers the mask); nothing else may show the key.
  const stdout = run.stdout.replace(`::add-mask::${emulator.apiKey}\n`, "");
  const everything = [
    stdout,
    run.stderr,
    run.summary,
    JSON.stringify(run.outputs),
    JSON.stringify(run.state),
  ].join("\n");
  expect(everything).not.toContain(emulator.apiKey);
}

describe.concurrent("bundled action against the emulator", { timeout: 30_000 }, () => {
  it("text-to-video: creates, waits, downloads, and reports everything", async () => {
    const emulator = await fresh();
    const balanceBefore = emulator.control.balance();
    const run = await runMain({ inputs: inputs(emulator, { duration: "10", "aspect-ratio": "9:16" }) });
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    const { outputs } = run;
    expect(outputs["status"]).toBe("succeeded");
    expect(outputs["task-id"]).toMatch(/^task_/);
    expect(outputs["estimated-credits"]).toBe("90");
    expect(outputs["reserved-credits"]).toBe("90");
    expect(outputs["final-credits"]).toBe("90");
    expect(JSON.parse(outputs["video-urls"]!)).toEqual([outputs["video-url"]]);
    // Downloaded under RUNNER_TEMP, named after the task: matrix legs never collide.
    expect(outputs["video-path"]).toBe(path.join(run.job.runnerTemp, "rivya", `${outputs["task-id"]}.mp4`));
    expect(readFileSync(outputs["video-path"]!).subarray(4, 8).toString("latin1")).toBe("ftyp");
    expect(JSON.parse(outputs["result"]!)).toMatchObject({
      status: "succeeded",
      taskId: outputs["task-id"],
      finalCredits: 90,
    });
    // The shortcuts reached the API under the model's keys.
    const [created] = emulator.control.requests({ method: "POST", path: "/api/v1/generations" });
    expect(created?.idempotencyKey).toMatch(/^rivya-gha-/);
    expect(emulator.control.balance()).toBe(balanceBefore - 90);
    expect(run.stdout).toContain(
      `::notice title=Rivya task::Rivya task ${outputs["task-id"]} created for kling-3-0`,
    );
    expect(run.stdout).toContain("::group::Rivya: kling-3-0");
    expect(run.summary).toContain("✅ Rivya generation succeeded");
    expect(run.summary).toContain("A red fox in fresh snow");
    expectKeyNeverShown(emulator, run);
    // The post step finds the summary written and adds nothing.
    const post = await runPost(run);
    expect(post.exitCode).toBe(0);
    expect(post.summary).toBe(run.summary);
  });

  it("image-to-video: uploads the reference files from workspace globs before creating", async () => {
    const emulator = await fresh();
    const run = await runMain({
      inputs: inputs(emulator, { "reference-images": "frames/first-*.png\nframes/last-frame.png" }),
      files: {
        "frames/first-frame.png": fixture("first-frame.png"),
        "frames/last-frame.png": fixture("last-frame.png"),
      },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs["status"]).toBe("succeeded");
    expect(emulator.control.requests({ method: "POST", path: "/api/v1/files" })).toHaveLength(2);
    expect(run.summary).toContain("frames/first\\-frame\\.png");
    expect(run.stdout).toContain("Uploading reference 1: first-frame.png");
  });

  it("refuses a reference whose content is not an image, before any upload or charge", async () => {
    const emulator = await fresh();
    const run = await runMain({
      inputs: inputs(emulator, { "reference-images": "frames/fake.png" }),
      files: { "frames/fake.png": "this is text pretending to be a PNG" },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs["error-code"]).toBe("local_validation");
    expect(run.stdout).toMatch(/::error::.*fake\.png/);
    expect(emulator.control.requests({ method: "POST" })).toHaveLength(0);
    expect(emulator.control.tasks()).toHaveLength(0);
  });

  it("dry-run: prints the estimate and the balance, creates nothing", async () => {
    const emulator = await fresh();
    const run = await runMain({ inputs: inputs(emulator, { "dry-run": "true" }) });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ status: "dry-run", "estimated-credits": "90" });
    expect(run.outputs["task-id"]).toBeUndefined();
    expect(run.stdout).toContain("Balance: 10000 credits.");
    expect(run.stdout).toContain(
      "Dry run: kling-3-0 would cost 90 credits (balance 10000). Nothing was created.",
    );
    expect(run.summary).toContain("🧪 Rivya dry run");
    expect(emulator.control.tasks()).toHaveLength(0);
  });

  it("max-credits: refuses a task above the limit without sending it", async () => {
    const emulator = await fresh();
    const run = await runMain({ inputs: inputs(emulator, { "max-credits": "50" }) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({
      status: "error",
      "error-code": "budget_exceeded",
      "estimated-credits": "90",
    });
    expect(run.stdout).toContain("::error::Not sent: estimated 90 credits exceed maxCredits 50");
    expect(emulator.control.requests({ method: "POST" })).toHaveLength(0);
    expect(run.summary).toContain("budget\\_exceeded");
  });

  it("timeout: fails the step, keeps the task id, and tells how to resume", async () => {
    const emulator = await fresh();
    emulator.control.setSpeed(1);
    // At speed 1 the task needs minutes; 5 s leaves room for start-up and the create on a loaded
    // machine, so the deadline is reliably hit while waiting (the case under test).
    const run = await runMain({ inputs: inputs(emulator, { timeout: "5s" }) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs["status"]).toBe("timed-out");
    expect(run.outputs["error-code"]).toBe("wait_timeout");
    expect(run.outputs["task-id"]).toBe(emulator.control.tasks()[0]?.id);
    expect(run.stdout).toMatch(/::error::.*keeps running on Rivya; resume it with the input task-id/);
    expect(run.summary).toContain("⏱️ Rivya generation timed out");
  });

  it("task-id: resumes an existing task without creating or paying again", async () => {
    const emulator = await fresh();
    const started = await runMain({ inputs: inputs(emulator, { wait: "false" }) });
    expect(started.exitCode).toBe(0);
    expect(started.outputs["status"]).toBe("queued");
    const taskId = started.outputs["task-id"]!;
    const balance = emulator.control.balance();
    const resumed = await runMain({
      inputs: { "api-key": emulator.apiKey, "base-url": emulator.url, "task-id": taskId },
    });
    expect(resumed.exitCode).toBe(0);
    expect(resumed.outputs).toMatchObject({ "task-id": taskId, status: "succeeded", "final-credits": "90" });
    expect(statSync(resumed.outputs["video-path"]!).size).toBeGreaterThan(0);
    expect(emulator.control.tasks()).toHaveLength(1);
    expect(emulator.control.balance()).toBe(balance);
    expect(resumed.summary).toContain("(resumed)");
  });

  it("a re-run of the job with the same inputs reattaches to the paid task; changed inputs get a new one", async () => {
    const emulator = await fresh();
    const job = createJob();
    const first = await runMain({
      inputs: inputs(emulator, { wait: "false" }),
      job,
      environment: { GITHUB_RUN_ATTEMPT: "1" },
    });
    const balance = emulator.control.balance();
    const rerun = await runMain({ inputs: inputs(emulator), job, environment: { GITHUB_RUN_ATTEMPT: "2" } });
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs["task-id"]).toBe(first.outputs["task-id"]);
    expect(emulator.control.tasks()).toHaveLength(1);
    expect(emulator.control.balance()).toBe(balance);
    expect(
      emulator.control
        .requests({ method: "POST", path: "/api/v1/generations" })
        .map((request) => request.replayed),
    ).toEqual([false, true]);
    const changed = await runMain({
      inputs: inputs(emulator, { prompt: "A blue fox", wait: "false" }),
      job,
      environment: { GITHUB_RUN_ATTEMPT: "3" },
    });
    expect(changed.outputs["task-id"]).not.toBe(first.outputs["task-id"]);
    expect(emulator.control.tasks()).toHaveLength(2);
  });

  it("survives 429 and 5xx faults, including a create whose answer was lost, without paying twice", async () => {
    const emulator = await fresh();
    emulator.control.injectFault({
      kind: "rate_limit",
      route: "POST /api/v1/generations",
      retryAfterSeconds: 0,
      count: 1,
    });
    emulator.control.injectFault({
      kind: "error",
      status: 503,
      route: "POST /api/v1/generations",
      phase: "after",
      count: 1,
    });
    emulator.control.injectFault({
      kind: "error",
      status: 502,
      route: "GET /api/v1/generations/:id",
      count: 1,
    });
    // Step debug logging on (RUNNER_DEBUG=1): retries are logged, the key still is not.
    const run = await runMain({ inputs: inputs(emulator), environment: { RUNNER_DEBUG: "1" } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs["status"]).toBe("succeeded");
    expect(run.stdout).toContain("::debug::");
    expectKeyNeverShown(emulator, run);
    expect(emulator.control.tasks()).toHaveLength(1);
    expect(emulator.control.charges().filter((charge) => charge.kind === "reserve")).toHaveLength(1);
    const creates = emulator.control.requests({ method: "POST", path: "/api/v1/generations" });
    expect(new Set(creates.map((request) => request.idempotencyKey)).size).toBe(1);
    expect(creates.length).toBeGreaterThanOrEqual(3);
  });

  it.each(["SIGINT", "SIGTERM"] as const)(
    "%s mid-wait (cancellation): writes the task id, status and summary, exits non-zero; post adds nothing",
    async (signal) => {
      const emulator = await fresh();
      emulator.control.setSpeed(1);
      const run = await runMain({
        inputs: inputs(emulator),
        onOutput: { contains: "::notice title=Rivya task::", act: (child) => child.kill(signal) },
      });
      expect(run.exitCode).toBe(1);
      const taskId = emulator.control.tasks()[0]?.id;
      expect(run.outputs).toMatchObject({
        "task-id": taskId,
        status: "cancelled",
        "error-code": "cancelled",
      });
      expect(run.stdout).toContain(
        `::warning::Received ${signal}: stopping. Task ${taskId} keeps running on Rivya`,
      );
      expect(run.summary).toContain("🛑 Rivya step cancelled");
      expect(run.state["summary-written"]).toBe("true");
      const post = await runPost(run);
      expect(post.exitCode).toBe(0);
      expect(post.summary).toBe(run.summary);
    },
  );

  it("matrix legs in parallel, sharing a job's output directory, never collide", async () => {
    const emulator = await fresh();
    const job = createJob();
    const prompts = ["A red fox", "A paper boat", "A neon city"];
    const legs = await Promise.all(
      prompts.map((prompt) =>
        runMain({ inputs: inputs(emulator, { prompt, "output-path": "videos/" }), job }),
      ),
    );
    const taskIds = legs.map((leg) => leg.outputs["task-id"]);
    const paths = legs.map((leg) => leg.outputs["video-path"]);
    expect(legs.map((leg) => leg.exitCode)).toEqual([0, 0, 0]);
    expect(new Set(taskIds).size).toBe(3);
    expect(paths).toEqual(taskIds.map((taskId) => path.join(job.workspace, "videos", `${taskId}.mp4`)));
    for (const file of paths) expect(statSync(file!).size).toBeGreaterThan(0);
  });

  it("killed outright: the post step writes the summary from the saved state", async () => {
    const emulator = await fresh();
    emulator.control.setSpeed(1);
    const run = await runMain({
      inputs: inputs(emulator),
      onOutput: { contains: "::notice title=Rivya task::", act: (child) => child.kill("SIGKILL") },
    });
    expect(run.signal).toBe("SIGKILL");
    expect(run.summary).toBe("");
    const taskId = emulator.control.tasks()[0]?.id;
    expect(run.outputs["task-id"]).toBe(taskId);
    const post = await runPost(run);
    expect(post.exitCode).toBe(0);
    expect(post.summary).toContain("🛑 Rivya step cancelled");
    expect(post.summary).toContain(taskId?.replace(/_/g, "\\_"));
    expect(post.summary).toContain("the post step wrote it from the saved state");
    expect(post.stdout).toContain(`::notice::Rivya task ${taskId} was not followed to the end`);
  });

  it("a failed generation: error-code output, failed step, summary written, credits refunded", async () => {
    const emulator = await fresh();
    emulator.control.injectFault({ kind: "task_failure", model: "kling-3-0", message: "content policy" });
    const balance = emulator.control.balance();
    const run = await runMain({ inputs: inputs(emulator) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({
      status: "failed",
      "error-code": "generation_failed",
      "final-credits": "0",
    });
    expect(run.outputs["task-id"]).toMatch(/^task_/);
    expect(run.stdout).toMatch(/::error::.*content policy/);
    expect(run.summary).toContain("❌ Rivya generation failed");
    expect(run.summary).toContain("content policy");
    expect(emulator.control.balance()).toBe(balance);
  });

  it("fail-on-error false: a failed generation leaves the step green with a warning", async () => {
    const emulator = await fresh();
    emulator.control.injectFault({ kind: "task_failure", model: "kling-3-0" });
    const run = await runMain({ inputs: inputs(emulator, { "fail-on-error": "false" }) });
    expect(run.exitCode).toBe(0);
    expect(run.outputs["status"]).toBe("failed");
    expect(run.stdout).toMatch(/::warning::.*fail-on-error is false/);
  });

  it.each([
    ["no key", { "api-key": "" }, "api-key: required"],
    ["a duration the model lacks", { duration: "20" }, 'params.duration: "20" is not allowed for kling-3-0'],
    ["params that are a list", { params: "- not\n- a mapping" }, "params: expected a mapping"],
    ["an unreadable timeout", { timeout: "forever" }, 'timeout: "forever" is not a duration'],
    ["a prompt over the model's limit", { prompt: "x".repeat(2001) }, "prompt"],
    [
      "a glob matching nothing",
      { "reference-images": "missing/*.png" },
      'reference-images: "missing/*.png" matches no file',
    ],
    [
      "a reference over the size limit",
      { "reference-images": "big/huge.png" },
      "huge.png): 10 MB (10485900 bytes) is too large for kling-3-0 (allowed: at most 10 MB per image file) (check the input: reference-images)",
    ],
    [
      "too many references",
      { "reference-images": "f/*.png" },
      "3 reference files are too many for kling-3-0 (allowed: at most 2",
    ],
  ])("bad input (%s) fails before any request, with its message", async (_label, extra, message) => {
    const emulator = await fresh();
    const run = await runMain({
      inputs: inputs(emulator, extra),
      files: {
        "f/1.png": fixture("first-frame.png"),
        "f/2.png": fixture("first-frame.png"),
        "f/3.png": fixture("last-frame.png"),
        // A real PNG signature, padded past kling-3-0's 10 MiB image limit.
        "big/huge.png": Buffer.concat([fixture("first-frame.png"), Buffer.alloc(10 * 1024 * 1024)]),
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("::error::");
    expect(run.stdout).toContain(message);
    expect(run.summary).toContain("❌ Rivya step failed");
    expect(emulator.control.requests({ method: "POST" })).toHaveLength(0);
    expectKeyNeverShown(emulator, run);
  });

  it("upload-artifact outside a real runner: the bundled @actions/artifact chunk loads and reports the missing service", async () => {
    const emulator = await fresh();
    const run = await runMain({ inputs: inputs(emulator, { "upload-artifact": "true" }) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ status: "succeeded", "error-code": "artifact_upload_failed" });
    expect(statSync(run.outputs["video-path"]!).size).toBeGreaterThan(0);
    expect(run.stdout).toMatch(/::error::Uploading the artifact failed: .*ACTIONS_RUNTIME_TOKEN/);
  });

  it("a wrong key fails with api_key_invalid, and the wrong key is masked too", async () => {
    const emulator = await fresh();
    const wrongKey = "rvya_sk_not_a_real_key_0123456789";
    const run = await runMain({ inputs: inputs(emulator, { "api-key": wrongKey }) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs["error-code"]).toBe("api_key_invalid");
    expect(run.stdout).toContain(`::add-mask::${wrongKey}`);
    const shown = [
      run.stdout.replace(`::add-mask::${wrongKey}`, ""),
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
    ];
    expect(shown.join("\n")).not.toContain(wrongKey);
    expect(emulator.control.tasks()).toHaveLength(0);
  });

  it("an account short of credits gets insufficient_credits and no task", async () => {
    const emulator = await fresh();
    const poor = emulator.control.seedAccount({ credits: 10 });
    const run = await runMain({ inputs: inputs(emulator, { "api-key": poor.apiKey }) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ status: "error", "error-code": "insufficient_credits" });
    expect(run.outputs["task-id"]).toBeUndefined();
    expect(emulator.control.tasks()).toHaveLength(0);
  });

  it("a model the catalog does not know is left to the API, which refuses it without charging", async () => {
    const emulator = await fresh();
    const run = await runMain({ inputs: inputs(emulator, { model: "kling-9" }) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs["error-code"]).toBe("validation_failed");
    expect(run.stdout).toMatch(/::error::.*kling-9/);
    expect(emulator.control.tasks()).toHaveLength(0);
  });
});
