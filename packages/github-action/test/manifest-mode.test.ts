import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { RunningEmulator } from "@rivya-kit/emulator";
import { afterAll, describe, expect, it } from "vitest";
import { packageDirectory } from "./harness/action-defaults.js";
import { startTestEmulator } from "./harness/emulator.js";
import { createJob, runMain } from "./harness/run-bundled-action.js";

// Manifest mode of the bundled dist/, run as the runner runs it, against a real emulator.
const emulators: RunningEmulator[] = [];
afterAll(async () => {
  await Promise.all(emulators.splice(0).map((emulator) => emulator.close()));
});

async function fresh(): Promise<RunningEmulator> {
  const emulator = await startTestEmulator();
  emulators.push(emulator);
  return emulator;
}

const manifest = (budget: number) => `defaults: { model: kling-3-0, params: { duration: "5" }, out: videos/ }
budget: ${budget}
videos:
  - id: sneaker-red
    prompt: A red sneaker rotating on a turntable, studio light
    images: [assets/sneaker.png]
    matrix: { aspect_ratio: ["9:16", "16:9"] }
  - id: perfume-teaser
    model: kling-v2-5-turbo-pro
    prompt-file: prompts/perfume.txt
    params: { duration: "10", cfg_scale: 0.7 }
    out: videos/perfume.mp4
`;

const files = (budget = 2000) => ({
  "rivya.yaml": manifest(budget),
  "assets/sneaker.png": readFileSync(path.join(packageDirectory, "test/fixtures", "first-frame.png")),
  "prompts/perfume.txt": "A perfume bottle on wet black stone, slow push-in\n",
});

const creates = (emulator: RunningEmulator) =>
  emulator.control.requests({ method: "POST", path: "/api/v1/generations" }).length;

describe.concurrent("bundled action, manifest mode", { timeout: 60_000 }, () => {
  it("plan: a table of every video and the total in the job summary; nothing sent", async () => {
    const emulator = await fresh();
    const run = await runMain({
      inputs: { "api-key": emulator.apiKey, "base-url": emulator.url, manifest: "rivya.yaml", mode: "plan" },
      files: files(),
    });
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain("## Rivya plan: rivya\\.yaml");
    expect(run.summary).toMatch(/\| `sneaker-red\.9x16` \| .*new \| kling-3-0 \| 90 \|/);
    expect(run.summary).toContain("**Total: 222 credits** (budget 2000, balance 10000)");
    expect(run.outputs["total-credits"]).toBe("222");
    expect(run.outputs["status"]).toBe("planned");
    expect(JSON.parse(run.outputs["results"]!)).toHaveLength(3);
    expect(emulator.control.requests({ method: "POST" })).toEqual([]);
  });

  it("apply: generates, updates the lock in the workspace; again: zero creates; a changed prompt: one", async () => {
    const emulator = await fresh();
    const job = createJob();
    const inputs = { "api-key": emulator.apiKey, "base-url": emulator.url, manifest: "rivya.yaml" };
    const first = await runMain({ inputs, files: files(), job });
    expect(first.stderr).toBe("");
    expect(first.exitCode).toBe(0);
    expect(first.outputs["status"]).toBe("succeeded");
    expect(first.outputs["total-credits"]).toBe("222");
    const results = JSON.parse(first.outputs["results"]!);
    expect(results.map((video: { id: string; status: string }) => `${video.id} ${video.status}`)).toEqual([
      "sneaker-red.9x16 succeeded",
      "sneaker-red.16x9 succeeded",
      "perfume-teaser succeeded",
    ]);
    expect(first.summary).toContain("## Rivya apply: rivya\\.yaml");
    expect(first.summary).toContain("3 succeeded, 0 failed; 222 credits for new tasks");
    const lockPath = path.join(job.workspace, "rivya.lock.json");
    const lock = JSON.parse(readFileSync(lockPath, "utf8"));
    expect(Object.keys(lock.videos)).toHaveLength(3);
    expect(readFileSync(lockPath, "utf8")).not.toContain(emulator.apiKey);
    expect(readFileSync(path.join(job.workspace, "videos/sneaker-red.9x16.mp4")).length).toBeGreaterThan(0);
    expect(creates(emulator)).toBe(3);

    const again = await runMain({ inputs, job });
    expect(again.exitCode).toBe(0);
    expect(again.outputs["total-credits"]).toBe("0");
    expect(creates(emulator)).toBe(3);

    writeFileSync(path.join(job.workspace, "prompts/perfume.txt"), "A perfume bottle in the rain\n");
    rmSync(path.join(job.workspace, "videos/sneaker-red.16x9.mp4"));
    const changed = await runMain({ inputs, job });
    expect(changed.exitCode).toBe(0);
    expect(changed.outputs["total-credits"]).toBe("42");
    expect(creates(emulator)).toBe(4);
    expect(changed.summary).toMatch(/\| `sneaker-red\.16x9` \| .*missing-output \| ✅ succeeded/);
  });

  it("over budget: the step fails, the summary shows why, nothing is spent", async () => {
    const emulator = await fresh();
    const run = await runMain({
      inputs: { "api-key": emulator.apiKey, "base-url": emulator.url, manifest: "rivya.yaml" },
      files: files(100),
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("::error::the plan needs 222 credits, over the manifest's budget of 100");
    expect(run.outputs["error-code"]).toBe("budget_exceeded");
    expect(run.summary).toContain("over budget");
    expect(emulator.control.requests({ method: "POST" })).toEqual([]);
    expect(emulator.control.balance()).toBe(10_000);
  });
});
