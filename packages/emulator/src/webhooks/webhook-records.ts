import { isoTime } from "../state/iso-time.js";
import { secretPreview } from "./webhook-signature.js";

export const eventTypes = ["generation.succeeded", "generation.failed"] as const;

/** A webhook endpoint as the emulator keeps it. */
export interface WebhookEndpointRecord {
  id: string;
  accountId: string;
  name: string;
  url: string;
  eventTypes: string[];
  status: "enabled" | "disabled" | "revoked";
  secret: string;
  /** After a rotation the old secret still signs (alongside the new one) until `expiresAt`. */
  previousSecret: { secret: string; expiresAt: number } | null;
  lastSuccessAt: number | null;
  lastFailureAt: number | null;
  failureCount: number;
  createdAt: number;
  updatedAt: number;
  disabledAt: number | null;
  revokedAt: number | null;
}

/** An event: the envelope sent to endpoints, serialised once so every retry sends the same bytes. */
export interface WebhookEventRecord {
  id: string;
  accountId: string;
  type: string;
  createdAt: number;
  body: string;
}

export interface WebhookAttempt {
  attempt: number;
  /** Virtual epoch ms. */
  attemptedAt: number;
  responseStatus: number | null;
  error: string | null;
}

export interface WebhookDeliveryRecord {
  id: string;
  accountId: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  status: "pending" | "succeeded" | "failed";
  attempts: WebhookAttempt[];
  nextAttemptAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** A delivery as `control.deliveries()` reports it. */
export type WebhookDeliverySnapshot = WebhookDeliveryRecord;

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

export class WebhookStore {
  readonly endpoints: Map<string, WebhookEndpointRecord> = new Map();
  readonly events: WebhookEventRecord[] = [];
  readonly deliveries: WebhookDeliveryRecord[] = [];
}
