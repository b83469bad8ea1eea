/** What the step does when the runner cancels it. */
export interface CancellationHandlers {
  /** Runs synchronously on the first signal: write what is known (outputs, summary, state). */
  onCancel(signal: NodeJS.Signals): void;
  /** Aborted on the first signal, so requests and sleeps in flight stop at once. */
  controller: AbortController;
  /**
   * How long the step may take to unwind after the first signal before it exits on its own. The
   * runner sends SIGINT, SIGTERM 7.5 s later and kills the tree 2.5 s after that.
   * @default 2000
   */
  graceMs?: number;
}

/**
 * Handles SIGINT and SIGTERM (cancellation, `timeout-minutes`): records and publishes what is
 * known synchronously, aborts the work in flight, and makes sure the process exits non-zero
 * within the runner's grace period even if something does not unwind. Returns an uninstaller.
 */
export function installCancellation(handlers: CancellationHandlers): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    process.exitCode = 1;
    if (handlers.controller.signal.aborted) {
      // A second signal (SIGTERM after SIGINT): stop now, everything was written on the first.
      process.exit(1);
    }
    handlers.onCancel(signal);
    handlers.controller.abort(new Error(`cancelled by ${signal}`));
    // Unreferenced: when the work unwinds normally the process ends without waiting for it.
    setTimeout(() => process.exit(1), handlers.graceMs ?? 2000).unref();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return () => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
}
