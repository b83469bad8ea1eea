import { listModels, type ModelCategory } from "@rivya-kit/core";
import { type Command, Option } from "commander";
import { formatTable } from "../output/format.js";
import { createReporter } from "../output/reporter.js";

const examples = `
Examples:
  $ rivya models
  $ rivya models --category video
  $ rivya models --category audio --json | jq -r '.[].id'`;

/** `rivya models`: the built-in catalog (no key, no network). */
export function registerModelsCommand(program: Command): void {
  program
    .command("models")
    .description("List the models (id, name, category, credits)")
    .addOption(
      new Option("-c, --category <category>", "only this category").choices(["video", "image", "audio"]),
    )
    .option("--json", "print the models as JSON")
    .addHelpText("after", examples)
    .action((flags: { category?: ModelCategory; json?: boolean }) => {
      const models = listModels({ category: flags.category });
      const rows = [
        ["ID", "NAME", "CATEGORY", "CREDITS"],
        ...models.map((model) => [
          model.id,
          model.displayName,
          model.category,
          model.billing === "METERED" ? `~${model.credits} (metered)` : String(model.credits),
        ]),
      ];
      createReporter(flags.json).result(
        [...formatTable(rows), "", "Details of one model: rivya model <id>"],
        models,
      );
    });
}
