import { CommanderError } from "commander";
import { describeError } from "./errors/describe-error.js";
import { ExitCode } from "./errors/exit-codes.js";
import { createProgram } from "./program.js";

/**
 * Runs `rivya` with `argv` (as `process.argv`) and resolves to the exit code. Errors are printed
 * here: a message and hints on stderr, or one JSON document on stdout with `--json`.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync([...argv]);
    return ExitCode.success;
  } catch (error) {
    // Commander printed its own message (unknown option, missing argument) or the help already;
    // with --json, stdout still gets its one document.
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return ExitCode.success;
      if (argv.includes("--json")) {
        const message = error.message.replace(/^error: /, "");
        const document = {
          error: { name: "CliUsageError", code: "usage", message, exitCode: ExitCode.validation },
        };
        process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
      }
      return ExitCode.validation;
    }
    const report = describeError(error);
    if (argv.includes("--json")) {
      process.stdout.write(`${JSON.stringify(report.document, null, 2)}\n`);
    } else {
      process.stderr.write(`rivya: ${report.message}\n`);
      for (const hint of report.hints) process.stderr.write(`  ${hint}\n`);
    }
    return report.exitCode;
  }
}
