/** Statuses Rivya documents. New ones may appear: code must treat unknown values as "still running". */
export type KnownTaskStatus = "queued" | "processing" | "succeeded" | "failed";

/** A task status: one of the documented values, or a future one (treated as not finished). */
export type TaskStatus = KnownTaskStatus | (string & {});

/** The outputs of a succeeded task. URLs may expire (24 h on the emulator): download promptly. */
export interface TaskResult {
  primary_url: string;
  urls: string[];
}

/** Why a task failed (`code` is usually `generation_failed`). */
export interface TaskError {
  code: string;
  message: string;
}

/**
 * A generation task as the API returns it (create, `GET /generations/{id}`, webhook `data`).
 * Field names are the API's snake_case; unknown fields are kept but not typed.
 */
export interface Task {
  id: string;
  status: TaskStatus;
  model: string;
  /** Credits reserved when the task was created (the model's base credits). */
  reserved_credits: number;
  /** 0 until the end; equal to `reserved_credits` on success; 0 on failure (refunded). */
  final_credits: number;
  created_at: string;
  updated_at: string;
  result: TaskResult | null;
  error: TaskError | null;
  [field: string]: unknown;
}

/** True once the task reached `succeeded` or `failed`; unknown statuses are not terminal. */
export function isTerminalStatus(status: TaskStatus): status is "succeeded" | "failed" {
  return status === "succeeded" || status === "failed";
}
