export type { ApiModel } from "./api-model.js";
export { DEFAULT_BASE_URL } from "./api-url.js";
export type { CallOptions, CreateGenerationOptions } from "./call-options.js";
export { DEFAULT_CREATE_RETRY_WINDOW_MS } from "./create-retry-window.js";
export { createRivyaClient } from "./create-rivya-client.js";
export type { Credits } from "./credits.js";
export { createIdempotencyKey } from "./idempotency-key.js";
export { isRetryableStatus, parseRetryAfter, retryDelay } from "./retry-policy.js";
export type {
  CreateGenerationParams,
  OpenDownloadOptions,
  RivyaClient,
  RivyaClientRuntime,
  WebhookVerifyOptions,
} from "./rivya-client.js";
export type { RivyaClientOptions } from "./rivya-client-options.js";
export {
  isTerminalStatus,
  type KnownTaskStatus,
  type Task,
  type TaskError,
  type TaskResult,
  type TaskStatus,
} from "./task.js";
