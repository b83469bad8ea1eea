import { isoTime } from "../state/iso-time.js";
import type { WebhookDeliveryRecord, WebhookEndpointRecord } from "./webhook-records.js";
import { secretPreview } from "./webhook-signature.js";

/** An endpoint as the API answers it; `signing_secret` only on create and rotate-secret. */
export function endpointView(endpoint: WebhookEndpointRecord, withSecret = false): Record<string, unknown> {
  return {
    id: endpoint.id,
    object: "webhook_endpoint",
    name: endpoint.name,
    url: endpoint.url,
    event_types: [...endpoint.eventTypes],
    status: endpoint.status,
    secret_preview: secretPreview(endpoint.secret),
    ...(withSecret && { signing_secret: endpoint.secret }),
    last_success_at: isoTime(endpoint.lastSuccessAt),
    last_failure_at: isoTime(endpoint.lastFailureAt),
    failure_count: endpoint.failureCount,
    created_at: isoTime(endpoint.createdAt),
    updated_at: isoTime(endpoint.updatedAt),
    disabled_at: isoTime(endpoint.disabledAt),
    revoked_at: isoTime(endpoint.revokedAt),
  };
}

/** A delivery with every attempt, as the deliveries log answers it. */
export function deliveryView(delivery: WebhookDeliveryRecord): Record<string, unknown> {
  return {
    id: delivery.id,
    object: "webhook_delivery",
    endpoint_id: delivery.endpointId,
    event_id: delivery.eventId,
    event_type: delivery.eventType,
    status: delivery.status,
    attempt_count: delivery.attempts.length,
    attempts: delivery.attempts.map((attempt) => ({
      attempt: attempt.attempt,
      attempted_at: isoTime(attempt.attemptedAt),
      response_status: attempt.responseStatus,
      error: attempt.error,
    })),
    next_attempt_at: isoTime(delivery.nextAttemptAt),
    created_at: isoTime(delivery.createdAt),
    updated_at: isoTime(delivery.updatedAt),
  };
}
