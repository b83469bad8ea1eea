/**
 * An AbortSignal fired by Ctrl-C (SIGINT) or SIGTERM: the core stops waiting and reports the task
 * id of a task that keeps running, instead of the process dying mid-download.
 */
export function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  const abort = () => controller.abort(new Error("interrupted"));
  process.once("SIGINT", abort);
  process.once("SIGTERM", abort);
  return controller.signal;
}
