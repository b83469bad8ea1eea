import type { GenerateEvent } from "@rivya-kit/core";
import type { OutputMode } from "./output-mode.js";
import { createPlainProgress } from "./plain-progress.js";

/** Renders the events of one `generate` flow (or a wait), live or as lines. */
export interface GenerateProgress {
  handle(event: GenerateEvent): void;
  /** Clears any live display (call on success and on failure). */
  stop(failed?: boolean): void;
}

/**
 * A progress display for the mode: spinner and bars, plain lines on stderr, or nothing for `--json`.
 * The spinner and bar libraries (ora, cli-progress) are loaded only for a terminal.
 */
export async function createGenerateProgress(mode: OutputMode, label = ""): Promise<GenerateProgress> {
  if (mode === "tty") return (await import("./tty-progress.js")).createTtyProgress(label);
  if (mode === "plain") return createPlainProgress(label);
  return { handle: () => undefined, stop: () => undefined };
}
