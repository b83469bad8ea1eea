// Public surface of @rivya-kit/cli: run the CLI programmatically, and its pure helpers.
export { CliUsageError } from "./errors/cli-usage-error.js";
export { ExitCode, type ExitCodeValue, exitCodeFor } from "./errors/exit-codes.js";
export { parseDuration } from "./parsing/parse-duration.js";
export { buildParams, parseParamAssignment, parseParamsJson } from "./parsing/parse-params.js";
export { createProgram } from "./program.js";
export { runCli } from "./run-cli.js";
