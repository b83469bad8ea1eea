import { Command } from "commander";
import { registerCreditsCommand } from "./commands/credits.js";
import { registerDemoCommand } from "./commands/demo.js";
import { registerEmulatorCommand } from "./commands/emulator.js";
import { registerEstimateCommand } from "./commands/estimate.js";
import { registerGenerateCommand } from "./commands/generate.js";
import { registerModelCommand } from "./commands/model.js";
import { registerModelsCommand } from "./commands/models.js";
import { registerStatusCommand } from "./commands/status.js";
import { registerUploadCommand } from "./commands/upload.js";
import { registerWaitCommand } from "./commands/wait.js";
import { registerWebhooksCommand } from "./commands/webhooks.js";
import { cliVersion } from "./version.js";

const examples = `
Examples:
  $ rivya demo                                                     # no key needed: a local emulator
  $ export RIVYA_API_KEY=rvya_sk_...
  $ rivya generate -m kling-3-0 -p "A red fox running through fresh snow" --out out/
  $ rivya models --category video
  $ rivya model kling-3-0

Environment:
  RIVYA_API_KEY    API key (rvya_sk_...); --api-key overrides it. Never printed.
  RIVYA_BASE_URL   API origin (default https://rivya.ai); --base-url overrides it.

Exit codes: 0 ok, 1 other error, 2 invalid input, 3 authentication, 4 credits,
            5 timeout (the task keeps running), 6 generation failed, 130 interrupted.`;

/** The `rivya` program with every command. Errors propagate to the caller (see `runCli`). */
export function createProgram(): Command {
  const program = new Command("rivya")
    .description("Generate videos with Rivya from the terminal: prompt in, video file out.")
    .version(cliVersion, "-v, --version")
    .option("--api-key <key>", "Rivya API key (default: $RIVYA_API_KEY)")
    .option("--base-url <url>", "API origin (default: $RIVYA_BASE_URL or https://rivya.ai)")
    .showHelpAfterError("(add --help for usage and examples)")
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .addHelpText("after", examples);
  registerGenerateCommand(program);
  registerEstimateCommand(program);
  registerStatusCommand(program);
  registerWaitCommand(program);
  registerModelsCommand(program);
  registerModelCommand(program);
  registerCreditsCommand(program);
  registerUploadCommand(program);
  registerWebhooksCommand(program);
  registerDemoCommand(program);
  registerEmulatorCommand(program);
  return program;
}
