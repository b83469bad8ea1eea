import { commandNameIn } from "../commands/command-name-in.js";

// Characters a POSIX shell takes literally; anything else is single-quoted.
const plainWord = /^[\w@%+=:,./-]+$/;

/** One argument as a shell reads it back unchanged. */
export function shellQuote(argument: string): string {
  if (plainWord.test(argument)) return argument;
  return `'${argument.replaceAll("'", `'\\''`)}'`;
}

/**
 * The command that reattaches to a create whose outcome is unknown: the user's own `rivya
 * generate …` arguments (`argv` as `process.argv`) with `--idempotency-key <key>` instead of any
 * key given before, so the API returns the task the lost attempt may have created instead of
 * charging a second one. Secrets given as `--api-key` are left out (the environment still has
 * them or the user adds them back). Undefined for other commands.
 */
export function reattachCommand(argv: readonly string[], idempotencyKey: string): string | undefined {
  const args = argv.slice(2);
  if (commandNameIn(args) !== "generate") return undefined;
  const kept: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const argument = args[index]!;
    if (argument === "--idempotency-key" || argument === "--api-key") {
      index++;
      continue;
    }
    if (argument.startsWith("--idempotency-key=") || argument.startsWith("--api-key=")) continue;
    kept.push(argument);
  }
  return ["rivya", ...kept, "--idempotency-key", idempotencyKey].map(shellQuote).join(" ");
}
