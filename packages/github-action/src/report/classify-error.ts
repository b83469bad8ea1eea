import {
  RivyaAbortedError,
  RivyaError,
  RivyaGenerationFailedError,
  RivyaTimeoutError,
  RivyaValidationError,
} from "@rivya-kit/core";
import { ActionInputError } from "../inputs/action-input-error.js";
import type { ReportStatus } from "./action-report.js";

/** How an error ends the step. */
export interface ErrorOutcome {
  status: ReportStatus;
  code: string;
  message: string;
  /** Fail the step even with `fail-on-error: false` (the workflow itself is wrong). */
  alwaysFail: boolean;
  taskId?: string | undefined;
  requestId?: string | undefined;
  /** The create's Idempotency-Key (derived from the inputs unless the `idempotency-key` input set it). */
  idempotencyKey?: string | undefined;
  /** The create was sent but its answer was lost: a task may exist although its id is unknown. */
  taskMayExist?: boolean | undefined;
}

/** Maps whatever stopped the step to its `status`, `error-code` and message. */
export function classifyError(error: unknown, cancelled: boolean): ErrorOutcome {
  const message = error instanceof Error ? error.message : String(error);
  if (ActionInputError.isInstance(error)) {
    return { status: "error", code: error.code, message, alwaysFail: true };
  }
  const details = RivyaError.isInstance(error)
    ? {
        taskId: error.taskId,
        requestId: error.requestId,
        idempotencyKey: error.idempotencyKey,
        taskMayExist: error.taskMayExist && error.taskId === undefined,
      }
    : {};
  if (cancelled || RivyaAbortedError.isInstance(error)) {
    return {
      status: "cancelled",
      code: "cancelled",
      message: "The step was cancelled.",
      alwaysFail: true,
      ...details,
    };
  }
  if (RivyaValidationError.isInstance(error)) {
    const inputs = [...new Set(error.issues.map((issue) => inputForPath(issue.path)))];
    const hint =
      inputs.length > 0 ? ` (check the input${inputs.length > 1 ? "s" : ""}: ${inputs.join(", ")})` : "";
    return {
      status: "error",
      code: error.code ?? "local_validation",
      message: `${message}${hint}`,
      alwaysFail: true,
      ...details,
    };
  }
  if (RivyaGenerationFailedError.isInstance(error)) {
    return {
      status: "failed",
      code: error.code ?? "generation_failed",
      message,
      alwaysFail: false,
      ...details,
    };
  }
  if (RivyaTimeoutError.isInstance(error) && error.code === "wait_timeout") {
    return { status: "timed-out", code: "wait_timeout", message, alwaysFail: false, ...details };
  }
  if (RivyaError.isInstance(error)) {
    return { status: "error", code: error.code ?? "rivya_error", message, alwaysFail: false, ...details };
  }
  return { status: "error", code: "unexpected_error", message, alwaysFail: false };
}

/** The Action input a validation issue's path comes from. */
function inputForPath(path: string): string {
  if (path.startsWith("references") || path.startsWith("params.referenceMediaItems"))
    return "reference-images";
  if (path === "params.duration") return "duration or params";
  if (path === "params.aspect_ratio" || path === "params.aspectRatio") return "aspect-ratio or params";
  if (path === "params.negative_prompt") return "negative-prompt or params";
  if (path.startsWith("params")) return "params";
  if (path.startsWith("prompt")) return "prompt or prompt-file";
  if (path.startsWith("model")) return "model";
  return path;
}
