import type { Sleep } from "../transport/sleep.js";
import type { Downloader, DownloadTarget } from "./downloader.js";
import type { GenerateEvent } from "./generate-event.js";

/** Options of `generate`. */
export interface GenerateOptions {
  /**
   * Wait for the task to finish. When false, `generate` returns right after the create with the
   * queued task (poll later, or use a webhook).
   * @default true
   */
  wait?: boolean | undefined;
  /**
   * Validate, estimate and check the balance only: nothing is uploaded, created or spent.
   * @default false
   */
  dryRun?: boolean | undefined;
  /** Refuse (before anything is sent) when the estimate exceeds this many credits. */
  maxCredits?: number | undefined;
  /**
   * Read the balance (`GET /credits`) and refuse when the estimate exceeds it.
   * @default true for a dry run, false otherwise
   */
  checkBalance?: boolean | undefined;
  /**
   * Overall limit for the whole flow (uploads, create, wait, downloads), in milliseconds. When
   * reached, rejects with `RivyaTimeoutError` carrying the task id; the task keeps running.
   * @default 1800000 (30 minutes)
   */
  timeoutMs?: number | undefined;
  /** Stops the flow; a task created already keeps running and the error carries its id. */
  signal?: AbortSignal | undefined;
  /**
   * Key for the create; pass the same key to re-run a flow without a second task (e.g. a CI re-run).
   * @default a new random UUID
   */
  idempotencyKey?: string | undefined;
  /** Save the result(s) (needs a `downloader`; the Node edge provides one). */
  download?: DownloadTarget | undefined;
  /** Receives every step (see `GenerateEvent`). Exceptions thrown here are logged and ignored. */
  onEvent?: ((event: GenerateEvent) => void) | undefined;
  /** Replaces the client's sleep between polls (durable workflow engines). */
  sleep?: Sleep | undefined;
  /** Fixed poll interval instead of the adaptive schedule, in milliseconds. */
  pollIntervalMs?: number | undefined;
  /** Saves results; supplied by `@rivya-kit/core/node` (or by the host, e.g. n8n). */
  downloader?: Downloader | undefined;
}

/** Default overall limit of `generate`. */
export const DEFAULT_GENERATE_TIMEOUT_MS: number = 30 * 60_000;
