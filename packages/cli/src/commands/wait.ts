import { RivyaError, type Task } from "@rivya-kit/core";
import { createFileDownloader } from "@rivya-kit/core/node";
import type { Command } from "commander";
import { connectionOf } from "../config/connection-of.js";
import { createClient } from "../config/create-client.js";
import { taskLines } from "../generation/describe-task.js";
import { interruptSignal } from "../generation/interrupt-signal.js";
import { formatBytes } from "../output/format.js";
import { createGenerateProgress } from "../output/generate-progress.js";
import { createReporter } from "../output/reporter.js";
import { parseDuration } from "../parsing/parse-duration.js";

interface WaitFlags {
  out?: string;
  overwrite?: boolean;
  timeout: string;
  json?: boolean;
}

const examples = `
Examples:
  $ rivya wait tsk_8f2k3m                  # wait, print the result URL
  $ rivya wait tsk_8f2k3m --out out/       # wait and download into out/
  $ rivya wait tsk_8f2k3m --timeout 1h --json`;

/** `rivya wait <task-id>`: resume a task started with `--no-wait` or one whose wait timed out. */
export function registerWaitCommand(program: Command): void {
  program
    .command("wait")
    .description(
      "Wait for a task to finish (resumes --no-wait or a timed-out generate), optionally download it",
    )
    .argument("<task-id>", "the task id printed by generate")
    .option("-o, --out <path|dir>", "download the result here (a directory ends with /)")
    .option("--overwrite", "replace an existing file at --out")
    .option("--timeout <duration>", "time limit, e.g. 90s, 10m, 1h", "30m")
    .option("--json", "print one JSON document (no progress display)")
    .addHelpText("after", examples)
    .action(async (taskId: string, flags: WaitFlags, self: Command) => {
      const timeoutMs = parseDuration(flags.timeout);
      const reporter = createReporter(flags.json);
      const client = createClient(connectionOf(self));
      const signal = interruptSignal();
      const progress = await createGenerateProgress(reporter.mode);
      let task: Task;
      const files = [];
      try {
        task = await client.generations.wait(taskId, {
          timeoutMs,
          signal,
          onProgress: (update) => progress.handle({ type: "status", ...update }),
        });
        const url = task.result?.primary_url;
        if (flags.out && url) {
          // The core's own downloader: the same file naming and atomic save as generate.
          const download = createFileDownloader(client);
          progress.handle({ type: "download:start", taskId, url, index: 0 });
          const file = await download({
            url,
            target: { to: flags.out, overwrite: flags.overwrite },
            index: 0,
            count: 1,
            taskId,
            signal,
            onProgress: (update) =>
              progress.handle({ type: "download:progress", taskId, index: 0, ...update }),
          });
          progress.handle({ type: "download:done", taskId, index: 0, file });
          files.push(file);
        }
        progress.stop();
      } catch (error) {
        progress.stop(true);
        if (RivyaError.isInstance(error)) error.taskId ??= taskId;
        throw error;
      }
      const lines = taskLines(task);
      for (const file of files) lines.push(`  saved:   ${file.path} (${formatBytes(file.sizeBytes)})`);
      reporter.result(lines, { task, files });
    });
}
