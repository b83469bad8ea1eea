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

export class WebhookStore {
  readonly endpoints: Map<string, WebhookEndpointRecord> = new Map();
  readonly events: WebhookEventRecord[] = [];
  readonly deliveries: WebhookDeliveryRecord[] = [];
}
