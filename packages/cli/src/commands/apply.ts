import { applyManifest, type ManifestApplyResult } from "@rivya-kit/core";
import { createFileDownloader, nodeManifestFiles } from "@rivya-kit/core/node";
import type { Command } from "commander";
import { connectionOf } from "../config/connection-of.js";
import { createClient } from "../config/create-client.js";
import { CliUsageError } from "../errors/cli-usage-error.js";
import { CommandFailure } from "../errors/command-failure.js";
import { ExitCode } from "../errors/exit-codes.js";
import { interruptSignal } from "../generation/interrupt-signal.js";
import { createApplyProgress } from "../manifest/apply-progress.js";
import { checkPlan } from "../manifest/check-plan.js";
import { makePlan } from "../manifest/make-plan.js";
import { addManifestOptions, type ManifestFlags } from "../manifest/manifest-flags.js";
import { planDocument, renderPlan } from "../manifest/render-plan.js";
import { createReporter } from "../output/reporter.js";
import { parseDuration } from "../parsing/parse-duration.js";

interface ApplyFlags extends ManifestFlags {
  dryRun?: boolean;
  concurrency?: string;
  timeout: string;
}

const examples = `
Examples:
  $ rivya apply                        # rivya.yaml → videos/, records rivya.lock.json
  $ rivya apply --dry-run              # the plan, the balance; nothing sent
  $ rivya apply --force perfume        # pay again for an unchanged video
  $ rivya apply videos.yaml --json     # one JSON document (for scripts)

Only new and changed videos are paid for. The lock file (commit it) records each task the moment
it exists: an apply that was interrupted, re-run, waits for its tasks instead of paying again.
A failed video does not stop the others; the exit code is non-zero when any failed.`;

function resultDocument(result: ManifestApplyResult): Record<string, unknown> {
  return {
    videos: result.videos,
    credits: result.credits,
    succeeded: result.succeeded,
    failed: result.failed,
  };
}

function summaryLines(result: ManifestApplyResult): string[] {
  const done = result.videos.filter((video) => video.status !== "skipped").length;
  const untouched = result.videos.length - done;
  if (done === 0)
    return [`Nothing to do: ${untouched} video${untouched === 1 ? "" : "s"} unchanged or removed; 0 credits`];
  return [
    `${done} video${done === 1 ? "" : "s"} processed: ${result.succeeded} succeeded, ${result.failed} failed` +
      `${untouched > 0 ? `, ${untouched} unchanged or removed` : ""}; ${result.credits} credits for new tasks`,
  ];
}

function parseConcurrency(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    throw new CliUsageError(
      `--concurrency: "${text}" is not allowed (allowed: a whole number ≥ 1)`,
      "--concurrency",
    );
  }
  return value;
}

/** `rivya apply [manifest]`: generate what the plan says, record it in the lock file. */
export function registerApplyCommand(program: Command): void {
  const command = program.command("apply").description("Generate the manifest's new and changed videos");
  addManifestOptions(command)
    .option("--dry-run", "show the plan and the balance; send nothing")
    .option("--concurrency <n>", "videos at a time (default: the manifest's concurrency, else 4)")
    .option("--timeout <duration>", "time limit per video, e.g. 10m, 1h", "30m")
    .addHelpText("after", examples)
    .action(async (path: string, flags: ApplyFlags, self: Command) => {
      const timeoutMs = parseDuration(flags.timeout);
      const concurrency = flags.concurrency === undefined ? undefined : parseConcurrency(flags.concurrency);
      const reporter = createReporter(flags.json);
      const client = createClient(connectionOf(self));
      const plan = await makePlan(path, flags, client);
      const planned = planDocument(plan);
      if (reporter.mode !== "json") {
        const lines = renderPlan(plan);
        if (flags.dryRun) reporter.result(lines, undefined);
        else for (const line of lines) reporter.note(line);
      }
      checkPlan(plan, { plan: planned });
      if (flags.dryRun) {
        if (reporter.mode === "json") reporter.result([], { plan: planned, dryRun: true });
        return;
      }
      const progress = createApplyProgress(reporter.mode);
      const signal = interruptSignal();
      let result: ManifestApplyResult;
      try {
        result = await applyManifest(client, plan, {
          files: nodeManifestFiles(path),
          downloader: createFileDownloader(client),
          concurrency,
          timeoutMs,
          signal,
          checkBalance: false,
          onEvent: (event) => progress.handle(event),
        });
      } finally {
        progress.stop();
      }
      const document = { plan: planned, ...resultDocument(result) };
      if (result.failed > 0) {
        if (reporter.mode !== "json") reporter.result(summaryLines(result), undefined);
        throw new CommandFailure(
          signal.aborted
            ? "interrupted: tasks already created are recorded in the lock file; re-run rivya apply to wait for them (no second charge)"
            : `${result.failed} of ${result.videos.length} videos failed (see above); re-run rivya apply to retry them`,
          {
            exitCode: signal.aborted ? ExitCode.interrupted : ExitCode.other,
            code: signal.aborted ? "interrupted" : "videos_failed",
            document,
          },
        );
      }
      reporter.result(summaryLines(result), document);
    });
}
