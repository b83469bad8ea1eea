import type { SeedAccountOptions } from "./state/account-store.js";
import type { RateLimitOptions } from "./state/rate-limiter.js";
import type { TaskTimelines } from "./state/task-timeline.js";

/** Options of `startEmulator` (every one optional). */
export interface EmulatorOptions {
  /** TCP port; 0 picks a free one. @default 0 */
  port?: number;
  /** Interface to listen on. @default "127.0.0.1" */
  host?: string;
  /** The demo key every emulator accepts (all scopes). @default "rvya_sk_emulator_demo_key" */
  apiKey?: string;
  /** Credits of the demo account. @default 10000 */
  credits?: number;
  /** More accounts/keys to create at start. */
  accounts?: SeedAccountOptions[];
  /** Virtual-time speed factor: 100 makes a 90 s video job take 0.9 s. @default 1 */
  speed?: number;
  /** Virtual time at start, epoch ms. @default Date.now() */
  startTime?: number;
  /** Seed of ids, fault probabilities and failure draws. @default 1 */
  seed?: number;
  /** Per model id or category queue/processing durations (virtual ms). */
  timelines?: TaskTimelines;
  /** Share (0–1) of tasks that end `failed` (refunded). @default 0 */
  failureRate?: number;
  /** Requests per window and key, or `false` for no limit. @default { limit: 600, windowMs: 60000 } */
  rateLimit?: RateLimitOptions | false;
  /**
   * Serve every video result as a streamed file of this many bytes (its MP4 padded with a `free`
   * box, still playable), at least 64 KiB; a result larger than this keeps its own size. A single
   * result URL also takes `?size=`.
   * @default null
   */
  resultSizeBytes?: number | null;
  /** Accept `http://127.0.0.1`/`localhost` webhook URLs (local testing only). @default false */
  allowLoopbackWebhooks?: boolean;
  /** Webhook retry delays after each failed attempt (virtual ms); attempts = length + 1. @default [5000, 30000, 120000, 600000] */
  webhookRetryDelaysMs?: number[];
  /** Real-time timeout of one webhook delivery attempt. @default 5000 */
  webhookTimeoutMs?: number;
  /** Serve the control API under `/__emulator/`. @default true */
  controlApi?: boolean;
  /** How often (real ms) tasks are settled and webhook retries sent without incoming requests. @default 20 */
  tickMs?: number;
}

export const defaultApiKey = "rvya_sk_emulator_demo_key";
