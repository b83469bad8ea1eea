import { getModel, type ModelDefinition, type ParamDefinition } from "@rivya-kit/core";
import type { Command } from "commander";
import { CliUsageError } from "../errors/cli-usage-error.js";
import { formatBytes, formatTable } from "../output/format.js";
import { createReporter } from "../output/reporter.js";

const examples = `
Examples:
  $ rivya model kling-3-0
  $ rivya model elevenlabs-turbo-2-5 --json`;

function allowed(param: ParamDefinition): string {
  if (param.options) return param.options.join(" | ");
  if (param.min !== undefined || param.max !== undefined) {
    return `${param.min ?? ""}…${param.max ?? ""}${param.step === undefined ? "" : ` step ${param.step}`}`;
  }
  return param.note ?? "";
}

function modelLines(model: ModelDefinition): string[] {
  const lines = [
    `${model.displayName} (${model.id}) · ${model.category}`,
    `  credits: ${model.credits}${model.billing === "METERED" ? " (metered: an estimate, settled from usage)" : " per task (refunded if it fails)"}`,
    `  prompt:  ${model.promptRequired ? "required" : "optional"}${model.promptMax ? `, at most ${model.promptMax} characters` : ""}`,
    `  inputs:  ${model.inputs.join(", ")}`,
    "",
  ];
  if (model.params.length > 0) {
    const rows = [
      ["PARAM", "TYPE", "DEFAULT", "ALLOWED"],
      ...model.params.map((param) => [
        param.required ? `${param.key} *` : param.key,
        param.type,
        param.default === undefined ? "" : String(param.default),
        allowed(param),
      ]),
    ];
    lines.push(...formatTable(rows).map((row) => `  ${row}`));
    if (model.params.some((param) => param.required)) lines.push("  * required");
    if (!model.paramsComplete) lines.push("  (partly documented: other params are passed with a warning)");
  } else {
    lines.push("  no params");
  }
  const references = model.references;
  lines.push("");
  if (references) {
    const limits = references.kinds
      .map((kind) => {
        const mime = references.mime?.[kind]?.join(", ") ?? "Files API defaults";
        const bytes = references.maxBytes?.[kind];
        return `${kind} (${mime}${bytes ? `, at most ${formatBytes(bytes)}` : ""})`;
      })
      .join("; ");
    lines.push(`  references: up to ${references.maxFiles} file(s): ${limits}`);
    lines.push(`  rule: ${references.rule}${references.verified ? "" : " (unverified)"}`);
  } else {
    lines.push(`  references: ${model.inputs.includes("file") ? "Files API defaults apply" : "none"}`);
  }
  lines.push(
    "",
    `  example: rivya generate -m ${model.id} -p "…"${model.params[0] ? ` --param ${model.params[0].key}=${model.params[0].default ?? model.params[0].options?.[0] ?? "…"}` : ""}`,
  );
  return lines;
}

/** `rivya model <id>`: one model's params, defaults, options, reference rules and credits. */
export function registerModelCommand(program: Command): void {
  program
    .command("model")
    .description("Show one model: params, defaults, options, reference rules, credits")
    .argument("<id>", "model id (see: rivya models)")
    .option("--json", "print the model definition as JSON")
    .addHelpText("after", examples)
    .action((id: string, flags: { json?: boolean }) => {
      const model = getModel(id);
      if (!model)
        throw new CliUsageError(`model: "${id}" is not a known model (list them with: rivya models)`, "<id>");
      createReporter(flags.json).result(modelLines(model), model);
    });
}
