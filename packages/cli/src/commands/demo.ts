import { join, relative } from "node:path";
import type { GenerateRequest, GenerateResult } from "@rivya-kit/core";
import { startEmulator } from "@rivya-kit/emulator";
import type { Command } from "commander";
import { createClient } from "../config/create-client.js";
import { demoReferencePath } from "../generation/demo-reference.js";
import { interruptSignal } from "../generation/interrupt-signal.js";
import { runGeneration } from "../generation/run-generation.js";
import { formatBytes, formatElapsed, formatTable } from "../output/format.js";
import { createGenerateProgress } from "../output/generate-progress.js";
import { createReporter } from "../output/reporter.js";
import { parseNonNegativeNumber } from "../parsing/parse-number.js";

interface DemoFlags {
  out: string;
  speed: string;
  json?: boolean;
}

interface DemoJob {
  title: string;
  file: string;
  request: GenerateRequest;
}

const examples = `
Examples:
  $ rivya demo                 # two videos into ./out/ in a few seconds, no key, no credits
  $ rivya demo --out /tmp/demo --speed 10

The same with a real key, against rivya.ai:
  $ RIVYA_API_KEY=rvya_sk_... rivya generate -m kling-3-0 --image start.png -p "The waves roll in" --out out/`;

function demoJobs(): DemoJob[] {
  return [
    {
      title: "image-to-video",
      file: "kling-3-0-image-to-video.mp4",
      request: {
        model: "kling-3-0",
        prompt: "The sun sinks into the sea, waves roll gently towards the camera",
        params: { duration: 5, aspect_ratio: "16:9" },
        references: [{ file: { path: demoReferencePath() }, kind: "image", name: "demo-reference.png" }],
      },
    },
    {
      title: "text-to-video",
      file: "kling-v2-5-turbo-pro-text-to-video.mp4",
      request: {
        model: "kling-v2-5-turbo-pro",
        prompt: "A red fox running through fresh snow at dawn, cinematic tracking shot",
        params: { duration: 5, aspect_ratio: "16:9" },
      },
    },
  ];
}

/** `rivya demo`: the main job end to end, against an emulator started in this process (no key). */
export function registerDemoCommand(program: Command): void {
  program
    .command("demo")
    .description("Run the main job without a key: two videos from a local Rivya emulator, saved under out/")
    .option("-o, --out <dir>", "directory for the two MP4 files", "out")
    .option("--speed <factor>", "emulator time factor (a 93 s video job takes 93/factor s)", "25")
    .option("--json", "print one JSON document (no progress display)")
    .addHelpText("after", examples)
    .action(async (flags: DemoFlags) => {
      const speed = parseNonNegativeNumber(flags.speed, "--speed") || 1;
      const reporter = createReporter(flags.json);
      const startedAt = Date.now();
      const emulator = await startEmulator({ speed });
      try {
        // The emulator's own demo key; a key from the environment is ignored on purpose.
        const client = createClient({ apiKey: emulator.apiKey, baseUrl: emulator.url });
        const before = (await client.credits.get()).current_credits;
        reporter.note(
          `rivya demo: a local Rivya emulator at ${emulator.url} (time x${speed}), no key, no real credits`,
        );
        reporter.note(`balance before: ${before} credits`);
        const signal = interruptSignal();
        const jobs = demoJobs();
        const results: { job: DemoJob; result: GenerateResult }[] = [];
        for (const [index, job] of jobs.entries()) {
          reporter.note(`\n[${index + 1}/${jobs.length}] ${job.title} with ${job.request.model}`);
          const result = await runGeneration(
            client,
            job.request,
            { signal, pollIntervalMs: 250, download: { to: join(flags.out, job.file), overwrite: true } },
            await createGenerateProgress(reporter.mode, " "),
          );
          results.push({ job, result });
        }
        const after = (await client.credits.get()).current_credits;
        const rows = results.map(({ job, result }) => [
          result.taskId ?? "",
          job.request.model,
          `${result.task?.reserved_credits ?? "?"} reserved`,
          `${result.task?.final_credits ?? "?"} final`,
          result.downloads
            .map(
              (file) => `${relative(process.cwd(), file.path) || file.path} (${formatBytes(file.sizeBytes)})`,
            )
            .join(", "),
        ]);
        const lines = [
          "",
          `Demo done in ${formatElapsed(Date.now() - startedAt)}:`,
          ...formatTable(rows).map((row) => `  ${row}`),
          `  balance: ${before} → ${after} credits (${before - after} spent)`,
          "",
          "The same with a real key, against rivya.ai:",
          '  RIVYA_API_KEY=rvya_sk_... rivya generate -m kling-3-0 --image start.png -p "The waves roll in" --out out/',
        ];
        reporter.result(lines, {
          emulator: emulator.url,
          balance: { before, after },
          tasks: results.map(({ job, result }) => ({
            taskId: result.taskId,
            kind: job.title,
            model: job.request.model,
            status: result.status,
            credits: { reserved: result.task?.reserved_credits, final: result.task?.final_credits },
            files: result.downloads.map((file) => file.path),
            elapsedMs: result.elapsedMs,
          })),
          elapsedMs: Date.now() - startedAt,
        });
      } finally {
        await emulator.close();
      }
    });
}
