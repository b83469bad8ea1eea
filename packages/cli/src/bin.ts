import { runCli } from "./run-cli.js";

runCli(process.argv).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`rivya: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
