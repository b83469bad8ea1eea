/** How a command shows itself: live display on a terminal, plain lines, or one JSON document. */
export type OutputMode = "tty" | "plain" | "json";

/**
 * `--json` wins; otherwise a live display only when stderr (where progress goes) is a terminal
 * with a known width (a pseudo-terminal of width 0 would make the spinner redraw endlessly).
 */
export function detectOutputMode(
  json: boolean | undefined,
  stderr: { isTTY?: boolean | undefined; columns?: number | undefined },
  env: Record<string, string | undefined>,
): OutputMode {
  if (json) return "json";
  return stderr.isTTY && (stderr.columns ?? 0) > 0 && !env["CI"] ? "tty" : "plain";
}
