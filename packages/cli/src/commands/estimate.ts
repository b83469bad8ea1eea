import type { Command } from "commander";
import { connectionOf } from "../config/connection-of.js";
import { createClient } from "../config/create-client.js";
import { addRequestOptions, buildRequest, type RequestFlags } from "../generation/request-options.js";
import { runGeneration } from "../generation/run-generation.js";
import { createGenerateProgress } from "../output/generate-progress.js";
import { createReporter } from "../output/reporter.js";

const examples = `
Examples:
  $ rivya estimate -m kling-3-0 -p "A red fox in the snow" --param duration=10
  $ rivya estimate -m elevenlabs-turbo-2-5 -p "Hello there" --param voice=TX3LPaxmHKxFdv7VOQHJ --json

Works without a key (validation and the estimate are local); with a key it also shows the balance.`;

/** `rivya estimate`: what a request would cost, checked like `generate` would, without sending it. */
export function registerEstimateCommand(program: Command): void {
  const command = program.command("estimate").description("Validate a request and estimate its credits");
  addRequestOptions(command)
    .option("--json", "print one JSON document")
    .addHelpText("after", examples)
    .action(async (flags: RequestFlags & { json?: boolean }, self: Command) => {
      const request = buildRequest(flags);
      const reporter = createReporter(flags.json);
      const connection = connectionOf(self);
      const client = createClient(connection);
      const result = await runGeneration(
        client,
        request,
        { dryRun: true, checkBalance: connection.apiKey !== undefined },
        await createGenerateProgress(reporter.mode === "tty" ? "plain" : reporter.mode),
      );
      const { estimate } = result;
      const lines = estimate.lines.map(
        (line) =>
          `${line.model}: ${line.credits ?? "unknown"} credits (${line.basis === "metered_estimate" ? "metered, an estimate" : line.basis === "fixed" ? "fixed price; refunded if the task fails" : "model not in the catalog"})`,
      );
      if (result.balance !== undefined) lines.push(`balance: ${result.balance} credits`);
      for (const warning of result.warnings) lines.push(`warning: ${warning}`);
      reporter.result(lines, {
        model: result.body.model,
        credits: estimate.complete ? estimate.total : undefined,
        estimate,
        balance: result.balance,
        body: result.body,
        warnings: result.warnings,
      });
    });
}
