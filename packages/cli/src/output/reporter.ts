import { detectOutputMode, type OutputMode } from "./output-mode.js";

/**
 * Where a command writes. Results go to stdout (human lines, or exactly one JSON document with
 * `--json`); progress and notes go to stderr, so `rivya … > file` captures only the result.
 */
export interface Reporter {
  readonly mode: OutputMode;
  /** A progress or context line on stderr (dropped with `--json`). */
  note(line: string): void;
  /** The command's result: `lines` for people, `document` for `--json`. */
  result(lines: readonly string[], document: unknown): void;
}

/** A reporter on the process streams. */
export function createReporter(json: boolean | undefined): Reporter {
  const mode = detectOutputMode(json, process.stderr, process.env);
  return {
    mode,
    note(line) {
      if (mode !== "json") process.stderr.write(`${line}\n`);
    },
    result(lines, document) {
      if (mode === "json") process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
      else if (lines.length > 0) process.stdout.write(`${lines.join("\n")}\n`);
    },
  };
}
