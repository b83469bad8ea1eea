import type { Task, TaskStatus } from "../client/task.js";
import type { Sleep } from "../transport/sleep.js";

/** A progress report of `wait`: sent after every poll. */
export interface WaitProgress {
  taskId: string;
  status: TaskStatus;
  /** The status before this poll; differs from `status` when it changed. */
  previousStatus: TaskStatus | undefined;
  /** Milliseconds since `wait` started. */
  elapsedMs: number;
  /** Status requests sent so far. */
  polls: number;
  /** The task as last fetched. */
  task: Task;
}

/** Options of `generations.wait`. */
export interface WaitOptions {
  /** Stops waiting (the task keeps running on Rivya); rejects with `RivyaAbortedError` carrying the task id. */
  signal?: AbortSignal | undefined;
  /**
   * Overall limit for the wait. When reached, rejects with `RivyaTimeoutError` (`code: "wait_timeout"`,
   * `taskId` set); the task keeps running and can be fetched later.
   * @default 1800000 (30 minutes)
   */
  timeoutMs?: number | undefined;
  /** Called after every poll with the status, elapsed time and poll count. */
  onProgress?: ((progress: WaitProgress) => void) | undefined;
  /**
   * Replaces the client's sleep for the waits between polls (durable workflow engines suspend here).
   * @default the client's sleep
   */
  sleep?: Sleep | undefined;
  /**
   * How long this task is expected to take, in milliseconds; shapes the schedule.
   * @default the model's entry in `EXPECTED_SECONDS_BY_MODEL`, else its category
   */
  expectedDurationMs?: number | undefined;
  /** Poll at this fixed interval instead of the adaptive schedule (milliseconds, at least 1000). */
  pollIntervalMs?: number | undefined;
  /**
   * Whether a task that ends `failed` rejects with `RivyaGenerationFailedError`. When false, the
   * failed task is returned.
   * @default true
   */
  throwOnFailure?: boolean | undefined;
}

/** Default overall limit of `wait`. */
export const DEFAULT_WAIT_TIMEOUT_MS: number = 30 * 60_000;
