import type { ValidGeneration } from "../catalog/validate-generation.js";
import { ApiError } from "../http/api-error.js";
import { planResult } from "../media/plan-result.js";
import type { ReferenceImage } from "../media/result-spec.js";
import { uploadedFile } from "../routes/reference-resolver.js";
import type { EmulatorState } from "./emulator-state.js";
import type { TaskRecord } from "./task-record.js";
import { timelineFor } from "./task-timeline.js";

/**
 * Creates a task and reserves its base credits in one step (no await in between, so concurrent
 * creates cannot overdraw the wallet). Short of credits: `insufficient_credits`, no task.
 */
export function createTask(
  state: EmulatorState,
  accountId: string,
  request: ValidGeneration,
  origin: string,
): TaskRecord {
  const { model } = request;
  const now = state.clock.now();
  const balance = state.wallet.balance(accountId);
  if (balance < model.credits) {
    throw new ApiError(
      "insufficient_credits",
      `${model.id} needs ${model.credits} credits; the balance is ${balance}. Top up, or use a cheaper model`,
    );
  }
  const timeline = timelineFor(model.id, model.category, state.options.timelines ?? {});
  const fault = state.faults.takeTaskFailure(model.id);
  const failed = fault !== undefined || state.random() < (state.options.failureRate ?? 0);
  const task: TaskRecord = {
    id: state.newId("task"),
    accountId,
    model: model.id,
    category: model.category,
    prompt: request.prompt,
    params: request.params,
    clientRequestId: request.clientRequestId,
    reservedCredits: model.credits,
    successCredits:
      model.billing === "METERED" ? meteredCredits(model.credits, request.prompt) : model.credits,
    createdAt: now,
    startsAt: now + timeline.queuedMs,
    endsAt: now + timeline.queuedMs + timeline.processingMs,
    outcome: failed ? "failed" : "succeeded",
    failure: failed
      ? {
          code: "generation_failed",
          message: fault?.message ?? "The provider could not generate this task (emulated failure)",
        }
      : null,
    settled: false,
    result: planResult(
      model,
      request.prompt,
      request.params,
      referenceImages(state, accountId, request.params),
    ),
    resultCount: resultCount(request.params),
    origin,
    resultSizeBytes: state.options.resultSizeBytes ?? null,
  };
  state.wallet.tryReserve(accountId, task.id, task.reservedCredits, now);
  state.tasks.set(task.id, task);
  state.pendingTasks.add(task);
  return task;
}

/**
 * METERED models settle from usage: the emulator bills one credit per started 100 prompt
 * characters, capped at the reservation, so clients see `final_credits` below `reserved_credits`.
 */
function meteredCredits(reserved: number, prompt: string | null): number {
  return Math.min(reserved, Math.max(1, Math.ceil((prompt?.length ?? 0) / 100)));
}

function resultCount(params: Record<string, unknown>): number {
  const wanted = params.max_images ?? params.n;
  return typeof wanted === "number" && Number.isInteger(wanted) ? Math.min(Math.max(wanted, 1), 6) : 1;
}

/** The uploaded images among `params.referenceMediaItems`, in order (validation resolved them already). */
function referenceImages(
  state: EmulatorState,
  accountId: string,
  params: Record<string, unknown>,
): ReferenceImage[] {
  const items = Array.isArray(params.referenceMediaItems) ? params.referenceMediaItems : [];
  return items.flatMap((item: unknown) => {
    const url = (item as { url?: unknown } | null)?.url;
    const file = typeof url === "string" ? uploadedFile(state, accountId, url) : undefined;
    return file?.kind === "image" ? [{ path: file.path, mimeType: file.mimeType }] : [];
  });
}
