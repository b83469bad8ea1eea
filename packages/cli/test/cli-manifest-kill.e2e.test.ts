import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { startEmulator } from "@rivya-kit/emulator";
import { describe, expect, it } from "vitest";
import { createManifestProject, exampleManifest } from "./harness/manifest-project.js";
import { runAndKill, seededRandom } from "./harness/run-and-kill.js";
import { runRivya } from "./harness/run-rivya.js";

const trials = 10;
const batch = 5;
// Kill moments span start-up, uploads, creates, the wait (first poll 2–3 s after create) and downloads.
const killWindowMs = [150, 4000] as const;

interface TrialReport {
  seed: number;
  kills: number[];
  killed: number;
  tasks: number;
  reserves: number;
  videos: number;
}

/** One trial: two applies SIGKILLed at seeded moments, then one that runs to the end. */
async function trial(seed: number): Promise<TrialReport> {
  const random = seededRandom(seed);
  const emulator = await startEmulator({ speed: 200, seed });
  const project = await createManifestProject(exampleManifest(2));
  const env = { RIVYA_API_KEY: emulator.apiKey, RIVYA_BASE_URL: emulator.url };
  try {
    const kills = [0, 1].map(() =>
      Math.round(killWindowMs[0] + random() * (killWindowMs[1] - killWindowMs[0])),
    );
    let killed = 0;
    for (const killAfterMs of kills) {
      if ((await runAndKill(["apply"], { env, cwd: project.dir, killAfterMs })) === "killed") killed += 1;
    }
    const final = await runRivya(["apply"], { env, cwd: project.dir, timeoutMs: 60_000 });
    expect(final.stderr, `seed ${seed}`).not.toContain("rivya: ");
    expect(final.code, `seed ${seed}`).toBe(0);

    const lock = JSON.parse(await readFile(join(project.dir, "rivya.lock.json"), "utf8"));
    const locked = Object.entries(lock.videos) as [
      string,
      { taskId: string; status: string; output: string },
    ][];
    const tasks = emulator.control.tasks();
    const reserves = emulator.control.charges().filter((entry) => entry.kind === "reserve");
    // Exactly one task and one charge per video, and the lock names that task.
    expect(locked, `seed ${seed}`).toHaveLength(5);
    expect(tasks, `seed ${seed}`).toHaveLength(5);
    expect(reserves, `seed ${seed}`).toHaveLength(5);
    expect(new Set(reserves.map((entry) => entry.taskId)).size).toBe(5);
    expect(new Set(locked.map(([, video]) => video.taskId))).toEqual(new Set(tasks.map((task) => task.id)));
    for (const [id, video] of locked) {
      expect(video.status, `seed ${seed} ${id}`).toBe("succeeded");
      expect((await stat(join(project.dir, video.output))).size).toBeGreaterThan(0);
    }
    return { seed, kills, killed, tasks: tasks.length, reserves: reserves.length, videos: locked.length };
  } finally {
    await emulator.close();
    await project.remove();
  }
}

describe("rivya apply killed with SIGKILL at random moments, then applied again", () => {
  it(`leaves exactly one task and one charge per video (${trials} seeded trials)`, async () => {
    const reports: TrialReport[] = [];
    for (let start = 1; start <= trials; start += batch) {
      const seeds = Array.from({ length: Math.min(batch, trials - start + 1) }, (_, index) => start + index);
      reports.push(...(await Promise.all(seeds.map(trial))));
    }
    // The kills must really interrupt applies, or the test proves nothing.
    expect(reports.reduce((sum, report) => sum + report.killed, 0)).toBeGreaterThanOrEqual(trials);
    console.log(
      reports
        .map(
          (report) =>
            `seed ${report.seed}: SIGKILL at ${report.kills.join(", ")} ms (${report.killed} of 2 runs killed) → ${report.tasks} tasks, ${report.reserves} charges`,
        )
        .join("\n"),
    );
  }, 180_000);
});
