import type { Command } from "commander";
import { connectionOf } from "../config/connection-of.js";
import { createClient } from "../config/create-client.js";
import { createReporter } from "../output/reporter.js";

/** `rivya credits`: the account balance. */
export function registerCreditsCommand(program: Command): void {
  program
    .command("credits")
    .description("Show the account's credit balance")
    .option("--json", "print {current_credits} as JSON")
    .addHelpText("after", "\nExamples:\n  $ rivya credits\n  $ rivya credits --json | jq .current_credits")
    .action(async (flags: { json?: boolean }, self: Command) => {
      const credits = await createClient(connectionOf(self)).credits.get();
      createReporter(flags.json).result([`${credits.current_credits} credits`], credits);
    });
}
