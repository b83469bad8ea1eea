export { constantTimeEqual } from "./constant-time-equal.js";
export { type HmacSha256, webCryptoHmacSha256 } from "./hmac-sha256.js";
export { unwrapWebhook } from "./unwrap-webhook.js";
export {
  signWebhook,
  type VerifiedWebhook,
  type VerifyWebhookParams,
  verifyWebhook,
} from "./verify-webhook.js";
export { createWebhookDeduplicator, type WebhookDeduplicator } from "./webhook-deduplicator.js";
export type {
  CreateWebhookBody,
  UpdateWebhookBody,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEventType,
} from "./webhook-endpoint.js";
export type { GenerationFailedEvent, GenerationSucceededEvent, WebhookEvent } from "./webhook-event.js";
export { readHeader, type WebhookHeaders } from "./webhook-headers.js";
