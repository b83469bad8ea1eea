import { isTerminalStatus, type Task, type TaskStatus } from "../client/task.js";
import { RivyaAbortedError } from "../errors/rivya-aborted-error.js";
import { RivyaApiError } from "../errors/rivya-api-error.js";
import { RivyaConnectionError } from "../errors/rivya-connection-error.js";
import { RivyaError } from "../errors/rivya-error.js";
import { RivyaGenerationFailedError } from "../errors/rivya-generation-failed-error.js";
import { RivyaRateLimitError } from "../errors/rivya-rate-limit-error.js";
import { RivyaTimeoutError } from "../errors/rivya-timeout-error.js";
import type { RivyaLogger } from "../logging/logger.js";
import { abortableSleep } from "../transport/abortable-sleep.js";
import type { Clock, Random, Sleep } from "../transport/sleep.js";
import { expectedDurationMs } from "./expected-durations.js";
import { firstPollDelay, nextPollDelay } from "./poll-schedule.js";
import { DEFAULT_WAIT_TIMEOUT_MS, type WaitOptions } from "./wait-options.js";

/** The effects and the fetch function `waitForTask` runs on. */
export interface WaitDependencies {
  /** Fetches the task; `timeoutMs` keeps a poll from outliving the overall deadline. */
  getTask: (taskId: string, signal: AbortSignal | undefined, timeoutMs: number) => Promise<Task>;
  sleep: Sleep;
  now: Clock;
  random: Random;
  logger: RivyaLogger;
  expectedDurations?: Readonly<Record<string, number>> | undefined;
}

// Errors after which polling goes on until the wait's own deadline (the executor already retried
// them): the task is safe on Rivya, only this look at it failed — no answer, a 408/5xx (HTML pages
// from a gateway included), a 429, or a 2xx whose body could not be read.
function isTransient(error: unknown): boolean {
  if (RivyaConnectionError.isInstance(error) || RivyaRateLimitError.isInstance(error)) return true;
  if (RivyaTimeoutError.isInstance(error)) return true;
  if (RivyaError.isInstance(error) && error.code === "invalid_response") return true;
  const status = RivyaApiError.isInstance(error) ? (error.status ?? 0) : 0;
  return status === 408 || status >= 500;
}

/**
 * Polls a task until it succeeds or fails, on the adaptive schedule (or a fixed interval), within
 * an overall time limit. Every error it throws carries the task id.
 */
export async function waitForTask(
  taskOrId: Task | string,
  options: WaitOptions,
  dependencies: WaitDependencies,
): Promise<Task> {
  const { now, random, logger } = dependencies;
  const sleep = options.sleep ?? dependencies.sleep;
  const taskId = typeof taskOrId === "string" ? taskOrId : taskOrId.id;
  const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
  const startedAt = now();
  const deadline = startedAt + timeoutMs;
  let task: Task | undefined = typeof taskOrId === "string" ? undefined : taskOrId;
  let previousStatus: TaskStatus | undefined = task?.status;
  let polls = 0;
  // A fresh task is first looked at 2–3 s after create; a bare id may be long finished: look now.
  let delay = task === undefined ? 0 : firstPollDelay(random);
  while (true) {
    if (task && isTerminalStatus(task.status)) break;
    const remaining = deadline - now();
    if (remaining <= 0) {
      throw new RivyaTimeoutError(
        `Task ${taskId} did not finish within ${timeoutMs} ms (last status: ${task?.status ?? "unknown"}). ` +
          "It keeps running on Rivya: fetch it later with generations.get(taskId).",
        { code: "wait_timeout", timeoutMs, taskId },
      );
    }
    if (delay > 0) {
      try {
        await abortableSleep(sleep, Math.min(delay, remaining), options.signal);
      } catch (cause) {
        throw new RivyaAbortedError(
          `Waiting for task ${taskId} was aborted; the task keeps running on Rivya`,
          {
            code: "aborted",
            taskId,
            cause,
          },
        );
      }
    }
    try {
      task = await dependencies.getTask(taskId, options.signal, Math.max(1000, deadline - now()));
      polls += 1;
    } catch (error) {
      if (!isTransient(error)) {
        if (RivyaError.isInstance(error)) error.taskId ??= taskId;
        throw error;
      }
      logger.warn(`Polling task ${taskId} failed (${(error as RivyaError).code}); still waiting`, { taskId });
    }
    const elapsedMs = now() - startedAt;
    if (task) {
      if (task.status !== previousStatus)
        logger.info(`Task ${taskId}: ${task.status}`, { taskId, elapsedMs });
      options.onProgress?.({ taskId, status: task.status, previousStatus, elapsedMs, polls, task });
      previousStatus = task.status;
    }
    const expectedMs =
      options.expectedDurationMs ??
      expectedDurationMs(task?.model, { overrides: dependencies.expectedDurations });
    delay =
      options.pollIntervalMs !== undefined
        ? Math.max(1000, options.pollIntervalMs)
        : nextPollDelay(elapsedMs, { expectedMs }, random);
  }
  if (task.status === "failed" && options.throwOnFailure !== false)
    throw new RivyaGenerationFailedError(task);
  return task;
}
