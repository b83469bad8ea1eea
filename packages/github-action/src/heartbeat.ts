/**
 * Logs a line at a fixed interval while a long wait is in progress, so a job log never looks hung
 * (and so users can see the elapsed time). The timer does not keep the process alive.
 */
export function startHeartbeat(options: {
  intervalMs: number;
  describe: () => string;
  log: (line: string) => void;
}): () => void {
  const timer = setInterval(() => options.log(options.describe()), options.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
