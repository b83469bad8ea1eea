/** Global options that take a value (`--api-key rvya_sk_…`): their value is not a command name. */
const GLOBAL_OPTIONS_WITH_VALUE = new Set(["--api-key", "--base-url"]);

/**
 * The command the user asked for in `args` (argv without node and the script): the first operand
 * after the global options, or the one after `help`. Undefined for `rivya`, `rivya --help`,
 * `rivya --version`.
 */
export function commandNameIn(args: readonly string[]): string | undefined {
  let afterHelp = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === "--") return undefined;
    if (GLOBAL_OPTIONS_WITH_VALUE.has(arg)) {
      index += 1;
      continue;
    }
    if (arg.startsWith("-")) continue;
    if (arg === "help" && !afterHelp) {
      afterHelp = true;
      continue;
    }
    return arg;
  }
  return undefined;
}
