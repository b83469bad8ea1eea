import { basename } from "node:path";
import type { MediaKind } from "@rivya-kit/core";
import { type Command, Option } from "commander";
import { connectionOf } from "../config/connection-of.js";
import { createClient } from "../config/create-client.js";
import { formatBytes } from "../output/format.js";
import { createGenerateProgress } from "../output/generate-progress.js";
import { createReporter } from "../output/reporter.js";

const examples = `
Examples:
  $ rivya upload start.png
  $ rivya upload clip.mp4 --model kling-3-0 --json | jq -r .url`;

/** `rivya upload <path>`: a reference file to the Files API (its URL goes in referenceMediaItems). */
export function registerUploadCommand(program: Command): void {
  program
    .command("upload")
    .description("Upload a reference file (type sniffed from the content, limits checked first)")
    .argument("<path>", "the file")
    .addOption(
      new Option("--kind <kind>", "media kind (default: from the content)").choices([
        "image",
        "video",
        "audio",
      ]),
    )
    .option("-m, --model <id>", "check against this model's own limits")
    .option("--json", "print the uploaded file as JSON")
    .addHelpText("after", examples)
    .action(
      async (path: string, flags: { kind?: MediaKind; model?: string; json?: boolean }, self: Command) => {
        const reporter = createReporter(flags.json);
        const progress = await createGenerateProgress(reporter.mode);
        const name = basename(path);
        try {
          const file = await createClient(connectionOf(self)).files.upload({
            file: { path },
            kind: flags.kind,
            model: flags.model,
            name,
            onProgress: (update) => progress.handle({ type: "upload:progress", index: 0, ...update }),
          });
          progress.stop();
          reporter.result(
            [
              `Uploaded ${file.name ?? name} (${formatBytes(file.size_bytes)}, ${file.mime_type ?? file.kind}) as ${file.id}`,
              `  url: ${file.url}`,
            ],
            file,
          );
        } catch (error) {
          progress.stop(true);
          throw error;
        }
      },
    );
}
