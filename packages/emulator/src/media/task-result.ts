import type { EmulatorState } from "../state/emulator-state.js";
import type { TaskRecord } from "../state/task-record.js";
import { type ResultMedia, renderResult } from "./render-result.js";

/** A task's result file, rendered once and then served from the emulator's cache. */
export function taskResult(state: EmulatorState, task: TaskRecord): Promise<ResultMedia> {
  return state.results.get(task.id, () =>
    renderResult({ taskId: task.id, modelId: task.model, prompt: task.prompt, spec: task.result }),
  );
}

/**
 * Starts rendering a result that shows uploaded images while the task is still "processing":
 * decoding a large photo can take a second, which then never delays the download. Results
 * without images render in milliseconds on first download instead (no work for tasks never
 * downloaded).
 */
export function prerenderTaskResult(state: EmulatorState, task: TaskRecord): void {
  const spec = task.result;
  const showsImage = spec.kind !== "audio" && spec.firstImage !== null;
  if (task.outcome !== "succeeded" || !showsImage) return;
  // A failure here is the download's to report (it renders again).
  taskResult(state, task).catch(() => undefined);
}
