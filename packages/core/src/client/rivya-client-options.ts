import type { Catalog } from "../catalog/catalog.js";
import type { OpenFile } from "../files/prepare-upload.js";
import type { LogLevel, RivyaLogger } from "../logging/logger.js";
import type { Clock, Random, Sleep } from "../transport/sleep.js";
import type { Transport } from "../transport/transport.js";
import type { HmacSha256 } from "../webhooks/hmac-sha256.js";

/** Options of the pure `createRivyaClient` (effects are parameters; `@rivya-kit/core/node` fills them in). */
export interface RivyaClientOptions {
  /** `rvya_sk_…`. Needed by every call except `models.list`; never logged, never sent to another origin. */
  apiKey?: string | undefined;
  /**
   * Origin of the API (paths go under `/api/v1`). Point it at the emulator for tests.
   * @default "https://rivya.ai"
   */
  baseUrl?: string | undefined;
  /** HTTP transport: the global `fetch` fits; n8n passes a wrapper around `httpRequest`. */
  fetch: Transport;
  /** Waits between retries and polls, and times each request; should honour its signal. */
  sleep: Sleep;
  /** @default Date.now */
  now?: Clock | undefined;
  /** @default Math.random */
  random?: Random | undefined;
  /**
   * Retries of a request after a connection error, 408, 429 or 5xx (so up to `maxRetries + 1` attempts).
   * @default 2
   */
  maxRetries?: number | undefined;
  /**
   * How long a create (`POST /generations`, always sent with an `Idempotency-Key`) keeps being
   * retried with the same key once an attempt's outcome is unknown — the connection broke after
   * sending, a 5xx, 408 or 429, a timeout, an unreadable answer — counted from its first attempt.
   * The task may exist and be charged already, so giving up after `maxRetries` would orphan it;
   * the replay returns it instead. Backoff grows to 30 s with jitter and honours `Retry-After`.
   * Still bounded by the call's `signal` (and `generate`'s `timeoutMs`); a definite 4xx ends it at
   * once. When it runs out, the error has `taskMayExist: true` and `idempotencyKey`: re-run with
   * that key to reattach without paying twice. `0` limits creates to `maxRetries`.
   * @default 600000 (10 minutes)
   */
  createRetryWindowMs?: number | undefined;
  /**
   * How long one call may wait out `429 rate_limited` answers that carry `Retry-After` before they
   * count against `maxRetries`: many concurrent generations then queue behind the limit instead of
   * failing. After any such 429, all calls of the client hold back until the window reopens.
   * @default 120000
   */
  maxRateLimitWaitMs?: number | undefined;
  /**
   * Limit for one HTTP attempt (uploads: 10 minutes unless given per call), in milliseconds.
   * @default 60000
   */
  timeoutMs?: number | undefined;
  /** Where log lines go (`console` works). Secrets are redacted. @default no logging */
  logger?: RivyaLogger | undefined;
  /** @default "warn" */
  logLevel?: LogLevel | undefined;
  /** @default "rivya-kit" */
  userAgent?: string | undefined;
  /** Opens `{ path }` file inputs; `@rivya-kit/core/node` supplies it. */
  openFile?: OpenFile | undefined;
  /** The catalog requests are validated against. @default the built-in catalog */
  catalog?: Catalog | undefined;
  /** Expected seconds per model id, overriding the built-in table that shapes polling. */
  expectedDurations?: Readonly<Record<string, number>> | undefined;
  /** Default webhook signing secret(s) for `webhooks.verify` / `unwrap`. */
  webhookSecret?: string | readonly string[] | undefined;
  /** HMAC-SHA256 for webhook signatures. @default WebCrypto; `@rivya-kit/core/node` passes `node:crypto` */
  hmac?: HmacSha256 | undefined;
}
