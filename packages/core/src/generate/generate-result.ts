import type { Task, TaskStatus } from "../client/task.js";
import type { CreditEstimate } from "../estimate/estimate-credits.js";
import type { RivyaFile } from "../files/rivya-file.js";
import type { GenerationBody } from "../validation/generation-request.js";
import type { DownloadedFile } from "./downloader.js";

/** What `generate` returns. */
export interface GenerateResult {
  /** The task id; undefined only for a dry run. */
  taskId: string | undefined;
  /** `dry_run`, the task's status when not waiting (`queued`), or `succeeded`. */
  status: TaskStatus | "dry_run";
  /** The task as last fetched (undefined for a dry run). */
  task: Task | undefined;
  /** The idempotency key the create used (undefined for a dry run). */
  idempotencyKey: string | undefined;
  /** The body sent (or that would be sent) to `POST /generations`. */
  body: GenerationBody;
  estimate: CreditEstimate;
  /** The balance read before the create, when checked. */
  balance: number | undefined;
  /** Credits charged (`final_credits`) once finished, else reserved. */
  credits: number | undefined;
  /** Result URLs (empty until succeeded). */
  urls: string[];
  /** Files uploaded as references. */
  uploads: RivyaFile[];
  /** Files saved by the downloader. */
  downloads: DownloadedFile[];
  warnings: string[];
  /** Wall time of the whole flow, in milliseconds. */
  elapsedMs: number;
}
