/** Options every client call accepts. */
export interface CallOptions {
  /** Aborts the call, including any sleep between retries. */
  signal?: AbortSignal | undefined;
  /** Per-attempt limit in milliseconds. @default the client's `timeoutMs` */
  timeoutMs?: number | undefined;
  /** @default the client's `maxRetries` */
  maxRetries?: number | undefined;
}

/** Options of `generations.create`. */
export interface CreateGenerationOptions extends CallOptions {
  /**
   * Makes the create safe to retry: the same key and body return the same task, without a second
   * charge. Reused by every automatic retry.
   * @default a new random UUID per call
   */
  idempotencyKey?: string | undefined;
  /**
   * How long to keep retrying with the same key once an attempt's outcome is unknown, from the
   * first attempt, in milliseconds (see the client option).
   * @default the client's `createRetryWindowMs` (10 minutes)
   */
  retryWindowMs?: number | undefined;
  /**
   * Validate the request with the catalog first. Leave on: it catches bad params before a credit is spent.
   * @default true
   */
  validate?: boolean | undefined;
}
