import { CommanderError } from "commander";
import { createProgram } from "./program.js";

/**
 * `ExitCode.success` and `ExitCode.validation`, without loading the exit-code table (it imports the
 * core's error classes, ~100 ms): `rivya`, `--help` and usage errors stay fast. Pinned by a test.
 */
export const SUCCESS = 0;
export const USAGE = 2;

/**
 * Runs `rivya` with `argv` (as `process.argv`) and resolves to the exit code. Errors are printed
 * here: a message and hints on stderr, or one JSON document on stdout with `--json`. The error
 * descriptions (and the core they import) load only when something failed.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    const program = await createProgram(argv);
    await program.parseAsync([...argv]);
    return SUCCESS;
  } catch (error) {
    // Commander printed its own message (unknown option, missing argument) or the help already;
    // with --json, stdout still gets its one document.
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return SUCCESS;
      if (argv.includes("--json")) {
        const message = error.message.replace(/^error: /, "");
        const document = {
          error: { name: "CliUsageError", code: "usage", message, exitCode: USAGE },
        };
        process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
      }
      return USAGE;
    }
    const { describeError } = await import("./errors/describe-error.js");
    const report = describeError(error, argv);
    if (argv.includes("--json")) {
      process.stdout.write(`${JSON.stringify(report.document, null, 2)}\n`);
    } else {
      process.stderr.write(`rivya: ${report.message}\n`);
      for (const hint of report.hints) process.stderr.write(`  ${hint}\n`);
    }
    return report.exitCode;
  }
}
