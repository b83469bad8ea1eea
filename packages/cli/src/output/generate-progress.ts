import type { GenerateEvent } from "@rivya-kit/core";
import type { OutputMode } from "./output-mode.js";
import { createPlainProgress } from "./plain-progress.js";
import { createTtyProgress } from "./tty-progress.js";

/** Renders the events of one `generate` flow (or a wait), live or as lines. */
export interface GenerateProgress {
  handle(event: GenerateEvent): void;
  /** Clears any live display (call on success and on failure). */
  stop(failed?: boolean): void;
}

/** A progress display for the mode: spinner and bars, plain lines on stderr, or nothing for `--json`. */
export function createGenerateProgress(mode: OutputMode, label = ""): GenerateProgress {
  if (mode === "tty") return createTtyProgress(label);
  if (mode === "plain") return createPlainProgress(label);
  return { handle: () => undefined, stop: () => undefined };
}
