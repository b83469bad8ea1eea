import type { Task, TaskStatus } from "../client/task.js";
import type { CreditEstimate } from "../estimate/estimate-credits.js";
import type { RivyaFile } from "../files/rivya-file.js";
import type { WaitProgress } from "../polling/wait-options.js";
import type { GenerationBody } from "../validation/generation-request.js";
import type { DownloadedFile } from "./downloader.js";

/**
 * One step of `generate`, in order: `validated` → `estimated` → `balance`? → `upload:*`… →
 * `created` → `status`… → `download:*`… → `done`. Render them as progress bars, job summaries or
 * n8n output; `created` carries the task id the moment it exists.
 */
export type GenerateEvent =
  | { type: "validated"; model: string; body: GenerationBody; warnings: string[] }
  | { type: "estimated"; estimate: CreditEstimate }
  | { type: "balance"; balance: number; estimate: CreditEstimate }
  | { type: "upload:start"; index: number; name: string; sizeBytes: number | undefined }
  | { type: "upload:progress"; index: number; sentBytes: number; totalBytes: number | undefined }
  | { type: "upload:done"; index: number; file: RivyaFile }
  | { type: "created"; taskId: string; task: Task; idempotencyKey: string }
  // A status event is the wait's own progress report, tagged: one shape for both.
  | ({ type: "status" } & WaitProgress)
  | { type: "download:start"; taskId: string; url: string; index: number }
  | {
      type: "download:progress";
      taskId: string;
      index: number;
      receivedBytes: number;
      totalBytes: number | undefined;
    }
  | { type: "download:done"; taskId: string; index: number; file: DownloadedFile }
  | { type: "done"; result: GenerateResultSummary };

/** The part of the result repeated in the `done` event. */
export interface GenerateResultSummary {
  taskId: string | undefined;
  status: TaskStatus | "dry_run";
  elapsedMs: number;
}
