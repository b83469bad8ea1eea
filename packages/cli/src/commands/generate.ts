import { type Command, Option } from "commander";
import { connectionOf } from "../config/connection-of.js";
import { createClient } from "../config/create-client.js";
import { interruptSignal } from "../generation/interrupt-signal.js";
import { addRequestOptions, buildRequest, type RequestFlags } from "../generation/request-options.js";
import { runGeneration } from "../generation/run-generation.js";
import { resultDocument, resultLines } from "../generation/summarize-result.js";
import { createGenerateProgress } from "../output/generate-progress.js";
import { createReporter } from "../output/reporter.js";
import { parseDuration } from "../parsing/parse-duration.js";
import { parseNonNegativeNumber } from "../parsing/parse-number.js";

interface GenerateFlags extends RequestFlags {
  wait: boolean;
  timeout: string;
  out: string;
  download: boolean;
  overwrite?: boolean;
  all?: boolean;
  maxCredits?: string;
  dryRun?: boolean;
  idempotencyKey?: string;
  json?: boolean;
}

const examples = `
Examples:
  $ rivya generate -m kling-3-0 -p "A red fox running through fresh snow" --param duration=5
  $ rivya generate -m kling-3-0 --image start.png --image end.png -p "The fox turns" --out fox.mp4
  $ rivya generate -m kling-v2-5-turbo-pro --prompt-file prompt.txt --params '{"aspect_ratio":"9:16"}'
  $ rivya generate -m kling-3-0 -p "A fox" --dry-run          # validate, estimate, show the balance
  $ rivya generate -m kling-3-0 -p "A fox" --no-wait --json   # print the task id and return
  $ rivya generate -m kling-3-0 -p "A fox" --timeout 10m --max-credits 100 --idempotency-key run-42`;

/** `rivya generate`: prompt in, video file out, through the core's `generate` flow. */
export function registerGenerateCommand(program: Command): void {
  const command = program
    .command("generate")
    .description("Generate a video (or image, audio): validate, estimate, upload, create, wait, download");
  addRequestOptions(command)
    .option("--no-wait", "return right after the task is created (then: rivya wait <task-id>)")
    .option("--timeout <duration>", "overall time limit, e.g. 90s, 10m, 1h", "30m")
    .option("-o, --out <path|dir>", "where to save the result (a directory ends with /)", "out/")
    .option("--no-download", "do not download; print the result URL(s)")
    .option("--overwrite", "replace an existing file at --out")
    .option("--all", "download every result URL, not only the primary one")
    .option("--max-credits <n>", "refuse (before sending) when the estimate exceeds this")
    .option("--dry-run", "validate, estimate and check the balance only: nothing is created or spent")
    .addOption(new Option("--idempotency-key <key>", "reuse a key to re-run without a second task"))
    .option("--json", "print one JSON document (no progress display)")
    .addHelpText("after", examples)
    .action(async (flags: GenerateFlags, self: Command) => {
      const request = buildRequest(flags);
      const timeoutMs = parseDuration(flags.timeout);
      const maxCredits =
        flags.maxCredits === undefined
          ? undefined
          : parseNonNegativeNumber(flags.maxCredits, "--max-credits");
      const reporter = createReporter(flags.json);
      const client = createClient(connectionOf(self));
      const result = await runGeneration(
        client,
        request,
        {
          wait: flags.wait,
          timeoutMs,
          maxCredits,
          dryRun: flags.dryRun,
          idempotencyKey: flags.idempotencyKey,
          signal: interruptSignal(),
          download: flags.download
            ? { to: flags.out, overwrite: flags.overwrite, all: flags.all }
            : undefined,
        },
        await createGenerateProgress(reporter.mode),
      );
      reporter.result(resultLines(result), resultDocument(result));
    });
}
