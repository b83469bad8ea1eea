import { Command } from "commander";
import { commandList } from "./commands/command-list.js";
import { commandNameIn } from "./commands/command-name-in.js";
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

/**
 * The `rivya` program. With `argv` (as `process.argv`) only the command it names is loaded; the
 * others are listed by name and summary (see `commands/command-list.ts`), so `rivya --help` starts
 * without loading the core or the emulator. Without `argv` every command is loaded. Errors
 * propagate to the caller (see `runCli`).
 */
export async function createProgram(argv?: readonly string[]): Promise<Command> {
  const program = new Command("rivya")
    .description("Generate videos with Rivya from the terminal: prompt in, video file out.")
    .version(cliVersion, "-v, --version")
    .option("--api-key <key>", "Rivya API key (default: $RIVYA_API_KEY)")
    .option("--base-url <url>", "API origin (default: $RIVYA_BASE_URL or https://rivya.ai)")
    .showHelpAfterError("(add --help for usage and examples)")
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .addHelpText("after", examples);
  const wanted = argv === undefined ? undefined : commandNameIn(argv.slice(2));
  for (const command of commandList) {
    if (argv === undefined || command.name === wanted) await command.register(program);
    else program.command(command.name).description(command.summary);
  }
  return program;
}
