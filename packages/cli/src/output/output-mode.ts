/** How a command shows itself: live display on a terminal, plain lines, or one JSON document. */
export type OutputMode = "tty" | "plain" | "json";

/** `--json` wins; otherwise a live display only when stderr (where progress goes) is a terminal. */
export function detectOutputMode(json: boolean | undefined, stderrIsTty: boolean | undefined): OutputMode {
  if (json) return "json";
  return stderrIsTty && !process.env["CI"] ? "tty" : "plain";
}
