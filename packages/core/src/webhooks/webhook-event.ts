import type { Task } from "../client/task.js";
import type { WebhookEventType } from "./webhook-endpoint.js";

/** The envelope of every webhook delivery; the generation sits under `data`. */
export interface WebhookEvent<Type extends WebhookEventType = WebhookEventType> {
  id: string;
  type: Type;
  api_version: string;
  created_at: string;
  data: Task;
  [field: string]: unknown;
}

/** A `generation.succeeded` event: `data.result` holds the URLs. */
export type GenerationSucceededEvent = WebhookEvent<"generation.succeeded">;

/** A `generation.failed` event: `data.error` says why; credits are refunded. */
export type GenerationFailedEvent = WebhookEvent<"generation.failed">;
