/** The step's outcome as `status` reports it. */
export type ReportStatus =
  | "pending"
  | "dry-run"
  | "queued"
  | "processing"
  | "succeeded"
  | "failed"
  | "timed-out"
  | "cancelled"
  | "error";

/**
 * Everything the step knows so far. Filled in as events arrive, so that whatever stops the step
 * (success, failure, timeout, cancellation) can write the outputs and summary known at that point.
 */
export interface ActionReport {
  status: ReportStatus;
  model?: string | undefined;
  prompt?: string | undefined;
  promptFile?: string | undefined;
  /** Reference files relative to the workspace, for display. */
  referenceFiles: string[];
  taskId?: string | undefined;
  /** The task was resumed from the `task-id` input rather than created. */
  resumed: boolean;
  estimatedCredits?: number | undefined;
  balance?: number | undefined;
  reservedCredits?: number | undefined;
  finalCredits?: number | undefined;
  videoUrl?: string | undefined;
  videoUrls: string[];
  videoPath?: string | undefined;
  artifactName?: string | undefined;
  artifactUrl?: string | undefined;
  errorCode?: string | undefined;
  errorMessage?: string | undefined;
  requestId?: string | undefined;
  /** The create's Idempotency-Key: stable across re-runs with the same inputs. */
  idempotencyKey?: string | undefined;
  /** The create's answer was lost: a task may exist (and be charged) although its id is unknown. */
  taskMayExist?: boolean | undefined;
  /** Epoch milliseconds. */
  startedAt: number;
  createdAt?: number | undefined;
  finishedAt?: number | undefined;
}

/** A fresh report for a step that just started. */
export function createReport(startedAt: number): ActionReport {
  return {
    status: "pending",
    referenceFiles: [],
    resumed: false,
    videoUrls: [],
    startedAt,
  };
}
