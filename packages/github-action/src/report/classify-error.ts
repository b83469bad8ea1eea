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
}

/** Maps whatever stopped the step to its `status`, `error-code` and message. */
export function classifyError(error: unknown, cancelled: boolean): ErrorOutcome {
  const message = error instanceof Error ? error.message : String(error);
  if (ActionInputError.isInstance(error)) {
    return { status: "error", code: error.code, message, alwaysFail: true };
  }
  const details = RivyaError.isInstance(error) ? { taskId: error.taskId, requestId: error.requestId } : {};
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
    return { status: "error", code: error.code ?? "local_validation", message, alwaysFail: true, ...details };
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
