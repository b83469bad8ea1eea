import { existsSync, readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runRivya } from "./harness/run-rivya.js";
import { withEmulator } from "./harness/with-emulator.js";

/** True when the file is an MP4 (an ISO BMFF `ftyp` box first). */
function isMp4(path: string): boolean {
  const head = readFileSync(path).subarray(0, 12);
  return head.subarray(4, 8).toString("latin1") === "ftyp";
}

describe.concurrent("rivya generate (built CLI against the emulator)", () => {
  it("generates, waits and downloads an MP4; prints the task and never the key", () =>
    withEmulator(async ({ emulator, cwd, env, apiKey }) => {
      const run = await runRivya(
        [
          "generate",
          "-m",
          "kling-3-0",
          "-p",
          "A red fox running through fresh snow",
          "--param",
          "duration=5",
        ],
        { env, cwd },
      );
      expect(run.stderr).not.toContain("rivya: ");
      expect(run.code).toBe(0);
      const [task] = emulator.control.tasks();
      expect(task?.status).toBe("succeeded");
      const files = await readdir(join(cwd, "out"));
      expect(files).toEqual([`${task!.id}.mp4`]);
      expect(isMp4(join(cwd, "out", files[0]!))).toBe(true);
      expect(run.stdout).toContain(`Task ${task!.id}: succeeded`);
      expect(run.stdout).toContain("90 reserved, 90 charged");
      expect(emulator.control.balance()).toBe(10_000 - 90);
      expect(run.stdout + run.stderr).not.toContain(apiKey);
      // Without a terminal: plain progress lines, no control characters.
      expect(run.stderr).toContain(`task ${task!.id} created: 90 credits reserved`);
      expect(run.stderr).not.toContain("\u001b[");
    }));

  it("--dry-run validates, estimates and shows the balance without creating or spending anything", () =>
    withEmulator(async ({ emulator, cwd, env }) => {
      const run = await runRivya(["generate", "-m", "kling-3-0", "-p", "A fox", "--dry-run"], { env, cwd });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Dry run");
      expect(run.stdout).toContain("estimate: 90 credits");
      expect(run.stdout).toContain("balance:  10000 credits");
      expect(emulator.control.tasks()).toEqual([]);
      expect(emulator.control.requests({ method: "POST" })).toEqual([]);
      expect(emulator.control.balance()).toBe(10_000);
      expect(existsSync(join(cwd, "out"))).toBe(false);
    }));

  it("--json prints exactly one parseable document with the task, credits and file", () =>
    withEmulator(async ({ emulator, cwd, env }) => {
      const run = await runRivya(
        ["generate", "-m", "kling-v2-5-turbo-pro", "-p", "Waves at sunset", "--out", "clip.mp4", "--json"],
        { env, cwd },
      );
      expect(run.code).toBe(0);
      const document = JSON.parse(run.stdout);
      const [task] = emulator.control.tasks();
      expect(document).toMatchObject({
        taskId: task!.id,
        status: "succeeded",
        model: "kling-v2-5-turbo-pro",
        credits: { estimated: 42, reserved: 42, final: 42 },
        files: [{ path: "clip.mp4", mimeType: "video/mp4" }],
      });
      expect(isMp4(join(cwd, "clip.mp4"))).toBe(true);
      // Progress is not shown with --json: stderr holds no step lines.
      expect(run.stderr).not.toContain("created");
    }));

  it("a validation error exits 2 with a message naming the field, before anything is sent", () =>
    withEmulator(async ({ emulator, cwd, env }) => {
      const run = await runRivya(
        [
          "generate",
          "-m",
          "kling-3-0",
          "-p",
          "A fox",
          "--param",
          "duration=20",
          "--param",
          "aspect_ratio=4:3",
        ],
        { env, cwd },
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('params.duration: "20" is not allowed for kling-3-0');
      expect(run.stderr).toContain("params.aspect_ratio");
      expect(emulator.control.requests()).toEqual([]);

      const json = await runRivya(["generate", "-m", "kling-3-0", "--param", "duration=20", "--json"], {
        env,
        cwd,
      });
      expect(json.code).toBe(2);
      const document = JSON.parse(json.stdout);
      expect(document.error.exitCode).toBe(2);
      expect(document.error.issues.map((issue: { path: string }) => issue.path)).toEqual(
        expect.arrayContaining(["params.duration", "prompt"]),
      );
    }));

  it("a malformed flag value exits 2 naming the flag", () =>
    withEmulator(async ({ cwd, env }) => {
      const run = await runRivya(["generate", "-m", "kling-3-0", "-p", "A fox", "--timeout", "soon"], {
        env,
        cwd,
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--timeout: "soon" is not a duration');
      const missing = await runRivya(["generate", "-p", "A fox"], { env, cwd });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain("--model");
      const missingJson = await runRivya(["generate", "-p", "A fox", "--json"], { env, cwd });
      expect(missingJson.code).toBe(2);
      expect(JSON.parse(missingJson.stdout).error).toMatchObject({ code: "usage", exitCode: 2 });
    }));

  it("a timeout exits 5, prints the task id and how to resume; rivya wait then downloads it", () =>
    withEmulator(
      async ({ emulator, cwd, env }) => {
        // The case under test is a deadline hit while waiting: at speed 1 the task needs 93 s, and
        // 5 s (not 1 s) is room for the create's answer on a loaded machine (CI runs every
        // package's tests at once on 2 cores); a deadline before that answer is another case
        // (no task id yet: the idempotency key is what reattaches).
        const run = await runRivya(["generate", "-m", "kling-3-0", "-p", "A fox", "--timeout", "5s"], {
          env,
          cwd,
        });
        expect(run.code, run.stderr).toBe(5);
        const [task] = emulator.control.tasks();
        expect(task, run.stderr).toBeDefined();
        expect(task?.status).not.toBe("succeeded");
        expect(run.stderr).toContain(task!.id);
        expect(run.stderr).toContain(`rivya wait ${task!.id}`);

        await emulator.control.advanceTime(120_000);
        const resumed = await runRivya(["wait", task!.id, "--out", "out/"], { env, cwd });
        expect(resumed.code).toBe(0);
        expect(resumed.stdout).toContain(`Task ${task!.id}: succeeded`);
        expect(isMp4(join(cwd, "out", `${task!.id}.mp4`))).toBe(true);
      },
      { speed: 1 },
    ));

  it("without a key: exit 3 and a clear message, after local validation, nothing sent", () =>
    withEmulator(async ({ emulator, cwd, env }) => {
      const run = await runRivya(["generate", "-m", "kling-3-0", "-p", "A fox"], {
        env: { RIVYA_BASE_URL: env.RIVYA_BASE_URL! },
        cwd,
      });
      expect(run.code).toBe(3);
      expect(run.stderr).toContain("No API key: set RIVYA_API_KEY or pass --api-key");
      expect(emulator.control.requests()).toEqual([]);
    }));

  it("a wrong key exits 3; --api-key overrides RIVYA_API_KEY", () =>
    withEmulator(async ({ emulator, cwd, env, apiKey }) => {
      const wrong = await runRivya(["credits"], { env: { ...env, RIVYA_API_KEY: "rvya_sk_wrong" }, cwd });
      expect(wrong.code).toBe(3);
      const overridden = await runRivya(["--api-key", apiKey, "credits", "--json"], {
        env: { ...env, RIVYA_API_KEY: "rvya_sk_wrong" },
        cwd,
      });
      expect(overridden.code).toBe(0);
      expect(JSON.parse(overridden.stdout)).toEqual({ current_credits: emulator.control.balance() });
    }));

  it("--max-credits below the estimate exits 4 without creating a task", () =>
    withEmulator(async ({ emulator, cwd, env }) => {
      const run = await runRivya(["generate", "-m", "kling-3-0", "-p", "A fox", "--max-credits", "50"], {
        env,
        cwd,
      });
      expect(run.code).toBe(4);
      expect(run.stderr).toContain("maxCredits 50");
      expect(emulator.control.tasks()).toEqual([]);
    }));

  it("a failed task exits 6 with its id", () =>
    withEmulator(async ({ emulator, cwd, env }) => {
      emulator.control.injectFault({ kind: "task_failure", model: "kling-3-0", message: "content policy" });
      const run = await runRivya(["generate", "-m", "kling-3-0", "-p", "A fox"], { env, cwd });
      expect(run.code).toBe(6);
      const [task] = emulator.control.tasks();
      expect(run.stderr).toContain(task!.id);
      expect(emulator.control.balance()).toBe(10_000);
    }));

  it("uploads a reference image and passes it to the task (image-to-video)", () =>
    withEmulator(async ({ emulator, cwd, env }) => {
      const image = new URL("../assets/demo-reference.png", import.meta.url).pathname;
      const run = await runRivya(
        ["generate", "-m", "kling-3-0", "-p", "The sun sets", "--image", image, "--no-wait", "--json"],
        { env, cwd },
      );
      expect(run.code).toBe(0);
      const document = JSON.parse(run.stdout);
      expect(document.status).toBe("queued");
      expect(emulator.control.requests({ method: "POST", path: "/api/v1/files" })).toHaveLength(1);
      expect(document.body.params.referenceMediaItems[0]).toMatchObject({
        kind: "image",
        mimeType: "image/png",
      });
    }));
});
