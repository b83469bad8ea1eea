import { readFileSync } from "node:fs";
import { nodeSleep } from "@rivya-kit/core/node";
import type { RunningEmulator } from "@rivya-kit/emulator";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ArtifactUploader } from "../src/artifact/upload-video-artifact.js";
import { run } from "../src/main.js";
import { startTestEmulator } from "./harness/emulator.js";
import { prepareStep, readStepResults } from "./harness/run-bundled-action.js";

// run() in-process, with the runner's environment stubbed and the emulator as the API. The
// client's sleeps run at the emulator's speed, so its poll schedule sees the same virtual time.
const speed = 200;
const acceleratedSleep = (ms: number, signal?: AbortSignal): Promise<void> => nodeSleep(ms / speed, signal);
let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator?.close();
});
beforeEach(() => emulator.control.reset());
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function runStep(inputs: Record<string, string>, options: Parameters<typeof run>[0] = {}) {
  const step = prepareStep({
    inputs: {
      "api-key": emulator.apiKey,
      "base-url": emulator.url,
      model: "kling-3-0",
      prompt: "A lighthouse at dusk",
      ...inputs,
    },
  });
  for (const [name, value] of Object.entries(step.environment)) {
    if (/^(INPUT_|GITHUB_|RUNNER_)/.test(name)) vi.stubEnv(name, value);
  }
  let stdout = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  // Request and download timeouts wait on the same sleep, but they measure real work (the emulator
  // rendering a result can take seconds on a loaded machine): they stay 60 s of real time.
  await run({
    handleSignals: false,
    client: { sleep: acceleratedSleep, timeoutMs: 60_000 * speed },
    ...options,
  });
  vi.mocked(process.stdout.write).mockRestore();
  return { ...readStepResults(step), stdout, exitCode: process.exitCode };
}

function recordingUploader(): ArtifactUploader & {
  uploads: { name: string; bytes: number; options: unknown }[];
} {
  const uploads: { name: string; bytes: number; options: unknown }[] = [];
  return {
    uploads,
    async uploadArtifact(name, files, _root, options) {
      uploads.push({ name, bytes: readFileSync(files[0]!).length, options });
      return { id: 314, size: 1 };
    },
    async getArtifact() {
      throw new Error("not found");
    },
  };
}

describe("run()", () => {
  it("masks the key first, before anything else is written", async () => {
    const result = await runStep({});
    expect(result.stdout.split("\n")[0]).toBe(`::add-mask::${emulator.apiKey}`);
    expect(result.stdout.split(emulator.apiKey)).toHaveLength(2);
    expect(result.outputs["status"], result.stdout).toBe("succeeded");
  });

  it("uploads the video as an artifact named after the task, through the injected client", async () => {
    const uploader = recordingUploader();
    const result = await runStep(
      { "upload-artifact": "true", "artifact-retention-days": "5" },
      { artifactUploader: uploader },
    );
    const taskId = result.outputs["task-id"]!;
    expect(uploader.uploads).toEqual([
      { name: `${taskId}.mp4`, bytes: expect.any(Number), options: { skipArchive: true, retentionDays: 5 } },
    ]);
    expect(uploader.uploads[0]!.bytes).toBeGreaterThan(100);
    expect(result.outputs["artifact-url"]).toBe(
      "https://github.com/acme/launch-videos/actions/runs/1001/artifacts/314",
    );
    expect(result.summary).toContain(
      '<a href="https://github.com/acme/launch-videos/actions/runs/1001/artifacts/314">',
    );
  });

  it("fails the step with artifact_upload_failed when the artifact service is unreachable, keeping the video", async () => {
    const uploader: ArtifactUploader = {
      uploadArtifact: () => Promise.reject(new Error("Unable to get the ACTIONS_RUNTIME_TOKEN env variable")),
      getArtifact: () => Promise.reject(new Error("not found")),
    };
    const result = await runStep({ "upload-artifact": "true" }, { artifactUploader: uploader });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ status: "succeeded", "error-code": "artifact_upload_failed" });
    expect(result.outputs["video-path"]).toBeDefined();
    expect(result.stdout).toContain(
      "::error::Uploading the artifact failed: Unable to get the ACTIONS_RUNTIME_TOKEN env variable",
    );
    expect(result.stdout).toContain(
      `(the generation succeeded: task ${result.outputs["task-id"]}'s video is saved at ${result.outputs["video-path"]} and downloadable from ${result.outputs["video-url"]}`,
    );
    expect(result.stdout).not.toContain("keeps running");
  });

  it("writes to the output-path given, relative to the workspace", async () => {
    const result = await runStep({ "output-path": "videos/launch.mp4" });
    expect(result.outputs["video-path"]).toBe(`${result.job.workspace}/videos/launch.mp4`);
  });

  it("an abort mid-wait reports the task as cancelled", async () => {
    emulator.control.setSpeed(1);
    const controller = new AbortController();
    const pending = runStep({}, { signal: controller.signal });
    // Mid-wait means the client has the create's answer and polls: the task existing on the
    // emulator is not enough (its answer may still be on the way, so the step has no task id yet).
    await vi.waitFor(
      () => {
        const [task] = emulator.control.tasks();
        expect(
          emulator.control.requests({ method: "GET", path: `/api/v1/generations/${task?.id}` }),
        ).not.toEqual([]);
      },
      { timeout: 5000 },
    );
    controller.abort();
    const result = await pending;
    emulator.control.setSpeed(200);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ status: "cancelled", "task-id": emulator.control.tasks()[0]!.id });
    expect(result.summary).toContain("🛑 Rivya step cancelled");
  });

  it("a create whose answers are lost: the summary says a re-run reattaches; the re-run gets that task, paid once", async () => {
    emulator.control.injectFault({
      kind: "reset",
      route: "POST /api/v1/generations",
      phase: "after",
      count: 1000,
    });
    // 10 minutes of the client's (accelerated) time: 3 s here, spent retrying the create.
    const lost = await runStep({ timeout: "10m" });
    expect(lost.exitCode).toBe(1);
    expect(lost.outputs).toMatchObject({ status: "error", "error-code": "generate_timeout" });
    expect(lost.summary).toContain("| Reattach | The create was sent but its answer was lost");
    expect(lost.stdout).toContain("re-run the job");
    const [orphan] = emulator.control.tasks();
    expect(emulator.control.tasks()).toHaveLength(1);

    emulator.control.clearFaults();
    const rerun = await runStep({ timeout: "10m" });
    expect(rerun.outputs).toMatchObject({ status: "succeeded", "task-id": orphan!.id });
    expect(emulator.control.tasks()).toHaveLength(1);
    expect(emulator.control.charges().filter((entry) => entry.kind === "reserve")).toHaveLength(1);
  });

  it("a dry run needs no key and prices the request from the catalog", async () => {
    const result = await runStep({
      "api-key": "",
      "dry-run": "true",
      model: "veo3-1-fast",
      "aspect-ratio": "9:16",
    });
    expect(result.exitCode).toBeUndefined();
    expect(result.outputs).toMatchObject({ status: "dry-run" });
    expect(Number(result.outputs["estimated-credits"])).toBeGreaterThan(0);
    expect(emulator.control.requests()).toHaveLength(0);
  });

  it("logs a heartbeat while waiting, with the task and its status", async () => {
    const result = await runStep({}, { heartbeatMs: 100 });
    expect(result.stdout).toMatch(/… still waiting: task_\w+, (queued|processing), 0m0\ds elapsed/);
  });

  it("with wait: false, ends once the task exists and reports it queued", async () => {
    const result = await runStep({ wait: "false" });
    expect(result.exitCode).toBeUndefined();
    expect(result.outputs).toMatchObject({ status: "queued", "reserved-credits": "90" });
    expect(result.outputs["video-path"]).toBeUndefined();
    expect(result.summary).toContain("⏳ Rivya task queued");
  });
});
