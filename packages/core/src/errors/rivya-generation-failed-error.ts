import type { Task } from "../client/task.js";
import { RivyaError } from "./rivya-error.js";

const marker = Symbol.for("rivya-kit.generation-failed-error");

/**
 * The task ended with status `failed` (its credits are refunded). `code` is the task's error code
 * (usually `generation_failed`), `taskId` its id, and `task` the final task object.
 */
export class RivyaGenerationFailedError extends RivyaError {
  override readonly name: string = "RivyaGenerationFailedError";
  /** The final task object, as last fetched. */
  readonly task: Task;

  constructor(task: Task) {
    const reason = task.error?.message ? `: ${task.error.message}` : "";
    super(`Generation ${task.id} (${task.model}) failed${reason}`, {
      code: task.error?.code ?? "generation_failed",
      taskId: task.id,
    });
    this.task = task;
    Object.defineProperty(this, marker, { value: true });
  }

  static override isInstance(error: unknown): error is RivyaGenerationFailedError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
