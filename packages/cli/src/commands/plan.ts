import type { Command } from "commander";
import { connectionOf } from "../config/connection-of.js";
import { createClient } from "../config/create-client.js";
import { checkPlan } from "../manifest/check-plan.js";
import { makePlan } from "../manifest/make-plan.js";
import { addManifestOptions, type ManifestFlags } from "../manifest/manifest-flags.js";
import { planDocument, renderPlan } from "../manifest/render-plan.js";
import { createReporter } from "../output/reporter.js";

const examples = `
Examples:
  $ rivya plan                         # reads rivya.yaml and rivya.lock.json beside it
  $ rivya plan videos.yaml --json
  $ rivya plan --only sneaker-red      # one entry (all of its matrix videos)

Each video is new, changed, unchanged, resume (a recorded task that did not finish),
missing-output (downloaded again, no new charge) or removed. Works without a key; with one,
the total is also compared with the balance. Exit 2: an invalid entry; 4: over budget or balance.`;

/** `rivya plan [manifest]`: what `apply` would do and what it would cost; sends nothing. */
export function registerPlanCommand(program: Command): void {
  const command = program
    .command("plan")
    .description("Show what apply would generate and what it would cost");
  addManifestOptions(command)
    .addHelpText("after", examples)
    .action(async (path: string, flags: ManifestFlags, self: Command) => {
      const reporter = createReporter(flags.json);
      const connection = connectionOf(self);
      const client = connection.apiKey === undefined ? undefined : createClient(connection);
      const plan = await makePlan(path, flags, client);
      const document = planDocument(plan);
      if (reporter.mode !== "json") reporter.result(renderPlan(plan), undefined);
      checkPlan(plan, document);
      if (reporter.mode === "json") reporter.result([], document);
    });
}
