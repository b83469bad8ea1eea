import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { RunningEmulator } from "@rivya-kit/emulator";
import { describe, expect, it } from "vitest";
import { createManifestProject, exampleManifest } from "./harness/manifest-project.js";
import { runAndInterrupt } from "./harness/run-and-kill.js";
import { runRivya } from "./harness/run-rivya.js";
import { withEmulator } from "./harness/with-emulator.js";

const creates = (emulator: RunningEmulator) =>
  emulator.control.requests({ method: "POST", path: "/api/v1/generations" }).length;

async function inProject(
  manifest: string,
  body: (context: {
    dir: string;
    emulator: RunningEmulator;
    env: Record<string, string>;
    apiKey: string;
  }) => Promise<void>,
): Promise<void> {
  await withEmulator(async ({ emulator, env, apiKey }) => {
    const project = await createManifestProject(manifest);
    try {
      await body({ dir: project.dir, emulator, env, apiKey });
    } finally {
      await project.remove();
    }
  });
}

describe.concurrent("rivya plan / apply (built CLI against the emulator)", () => {
  it("applies a manifest, then sends zero creates for the unchanged manifest; one changed prompt regenerates only that video", () =>
    inProject(exampleManifest(2), async ({ dir, emulator, env, apiKey }) => {
      const first = await runRivya(["apply"], { env, cwd: dir });
      expect(first.stderr).not.toContain("rivya: ");
      expect(first.code).toBe(0);
      expect(creates(emulator)).toBe(5);
      const lock = JSON.parse(await readFile(join(dir, "rivya.lock.json"), "utf8"));
      expect(Object.keys(lock.videos)).toEqual([
        "clip-1",
        "clip-2",
        "perfume-teaser",
        "sneaker-red.16x9",
        "sneaker-red.9x16",
      ]);
      expect(JSON.stringify(lock)).not.toContain(apiKey);
      for (const video of Object.values(lock.videos) as { status: string; outputSha256: string }[]) {
        expect(video.status).toBe("succeeded");
        expect(video.outputSha256).toMatch(/^[0-9a-f]{64}$/);
      }
      const balance = emulator.control.balance();

      const again = await runRivya(["apply"], { env, cwd: dir });
      expect(again.code).toBe(0);
      expect(creates(emulator)).toBe(5);
      expect(emulator.control.balance()).toBe(balance);

      const manifest = await readFile(join(dir, "rivya.yaml"), "utf8");
      await writeFile(join(dir, "rivya.yaml"), manifest.replace("Clip number 2,", "Clip number two,"));
      const plan = await runRivya(["plan", "--json"], { env, cwd: dir });
      expect(plan.code).toBe(0);
      const states = JSON.parse(plan.stdout).videos.map(
        (video: { id: string; state: string }) => `${video.id} ${video.state}`,
      );
      expect(states).toContain("clip-2 changed");
      expect(states.filter((state: string) => !state.endsWith("unchanged"))).toEqual(["clip-2 changed"]);
      const third = await runRivya(["apply", "--json"], { env, cwd: dir });
      expect(third.code).toBe(0);
      expect(creates(emulator)).toBe(6);
      const document = JSON.parse(third.stdout);
      expect(document.credits).toBe(90);
      expect(
        document.videos.filter((video: { status: string }) => video.status === "succeeded"),
      ).toHaveLength(1);
    }));

  it("re-downloads a missing output from its result URL without a new task", () =>
    inProject(exampleManifest(0), async ({ dir, emulator, env }) => {
      const first = await runRivya(["apply"], { env, cwd: dir });
      expect(first.code, first.stderr).toBe(0);
      const tasks = emulator.control.tasks().length;
      const original = await readFile(join(dir, "videos", "perfume.mp4"));
      await rm(join(dir, "videos", "perfume.mp4"));
      const plan = await runRivya(["plan"], { env, cwd: dir });
      expect(plan.stdout).toMatch(/perfume-teaser\s+missing-output/);
      const run = await runRivya(["apply"], { env, cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      expect(emulator.control.tasks()).toHaveLength(tasks);
      expect(await readFile(join(dir, "videos", "perfume.mp4"))).toEqual(original);
    }));

  it("--force pays again for an unchanged video, and only for it", () =>
    inProject(exampleManifest(1), async ({ dir, emulator, env }) => {
      const first = await runRivya(["apply"], { env, cwd: dir });
      expect(first.code, first.stderr).toBe(0);
      const before = creates(emulator);
      const run = await runRivya(["apply", "--force", "clip-1"], { env, cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      expect(emulator.control.tasks()).toHaveLength(before + 1);
    }));

  it("Ctrl-C: exit 130, the lock records the tasks; apply again waits for them with no new create", () =>
    inProject(exampleManifest(1), async ({ dir, emulator, env }) => {
      const interrupted = await runAndInterrupt(["apply"], { env, cwd: dir, when: "queued" });
      expect(interrupted.code).toBe(130);
      expect(interrupted.output).toContain("re-run rivya apply to wait for them (no second charge)");
      const recorded = JSON.parse(await readFile(join(dir, "rivya.lock.json"), "utf8"));
      const taskIds = Object.values(recorded.videos as Record<string, { taskId?: string }>)
        .map((video) => video.taskId)
        .filter(Boolean);
      expect(taskIds.length).toBeGreaterThan(0);
      const plan = await runRivya(["plan"], { env, cwd: dir });
      expect(plan.stdout).toMatch(/\bresume\b/);
      const again = await runRivya(["apply"], { env, cwd: dir });
      expect(again.code).toBe(0);
      // One task and one charge per video: the recorded tasks were waited for, not created again.
      expect(emulator.control.tasks()).toHaveLength(4);
      expect(emulator.control.charges().filter((entry) => entry.kind === "reserve")).toHaveLength(4);
      const final = JSON.parse(await readFile(join(dir, "rivya.lock.json"), "utf8"));
      for (const taskId of taskIds) {
        expect(
          Object.values(final.videos as Record<string, { taskId: string }>).map((video) => video.taskId),
        ).toContain(taskId);
      }
    }));

  it("over budget: exit 4 and nothing is spent (plan and apply)", () =>
    inProject(exampleManifest(3, 200), async ({ dir, emulator, env }) => {
      const plan = await runRivya(["plan"], { env, cwd: dir });
      expect(plan.code).toBe(4);
      expect(plan.stdout).toContain("OVER BUDGET");
      const apply = await runRivya(["apply", "--json"], { env, cwd: dir });
      expect(apply.code).toBe(4);
      const document = JSON.parse(apply.stdout);
      expect(document.error.code).toBe("budget_exceeded");
      expect(document.plan.total).toBeGreaterThan(200);
      expect(emulator.control.requests({ method: "POST" })).toEqual([]);
      expect(emulator.control.balance()).toBe(10_000);
    }));

  it("every invalid entry at once, naming video and field: exit 2, nothing sent", () =>
    inProject(
      `defaults: { model: kling-3-0 }
videos:
  - id: a
    prompt: fine
    params: { duration: "2" }
  - id: b
    prompt-file: prompts/missing.txt
  - id: c
    prompt: x
    images: [assets/nope.png]
    matrix: { aspect_ratio: ["9:16", "4:5"] }
`,
      async ({ dir, emulator, env }) => {
        const run = await runRivya(["apply"], { env, cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stdout + run.stderr).toContain('a: params.duration: "2"');
        expect(run.stdout + run.stderr).toContain('b: prompt-file: "prompts/missing.txt" does not exist');
        expect(run.stdout + run.stderr).toContain('c.9x16: images[0]: "assets/nope.png" does not exist');
        expect(run.stdout + run.stderr).toContain('c.4x5: params.aspect_ratio: "4:5"');
        expect(emulator.control.requests({ method: "POST" })).toEqual([]);
        // plan needs no key: the same problems, offline.
        const offline = await runRivya(["plan", "--json"], { cwd: dir });
        expect(offline.code).toBe(2);
        const document = JSON.parse(offline.stdout);
        expect(document.error.code).toBe("invalid_manifest");
        expect(
          document.problems.map(
            (problem: { video: string; field: string }) => `${problem.video} ${problem.field}`,
          ),
        ).toEqual([
          "a params.duration",
          "b prompt-file",
          "c.9x16 images[0]",
          "c.4x5 images[0]",
          "c.4x5 params.aspect_ratio",
        ]);
        expect(document.balance).toBeUndefined();
      },
    ));
});
