/** Event types Rivya sends; others may be added. */
export type WebhookEventType = "generation.succeeded" | "generation.failed" | (string & {});

/** A registered webhook endpoint. `signing_secret` is present only right after create or rotate. */
export interface WebhookEndpoint {
  id: string;
  object?: "webhook_endpoint";
  name: string;
  url: string;
  event_types: WebhookEventType[];
  status?: string;
  secret_preview?: string;
  /** `whsec_…`: shown once (create and rotate-secret). Store it; it is never returned again. */
  signing_secret?: string;
  last_success_at?: string | null;
  last_failure_at?: string | null;
  failure_count?: number;
  created_at?: string;
  updated_at?: string;
  disabled_at?: string | null;
  revoked_at?: string | null;
  [field: string]: unknown;
}

/** Body of `POST /webhooks`. The URL must be public HTTPS. */
export interface CreateWebhookBody {
  name: string;
  url: string;
  event_types: WebhookEventType[];
}

/** Body of `PATCH /webhooks/{id}`: only the fields to change. */
export type UpdateWebhookBody = Partial<CreateWebhookBody> & Record<string, unknown>;

/** One delivery attempt of an event to an endpoint (`GET /webhooks/{id}/deliveries`). */
export interface WebhookDelivery {
  id: string;
  [field: string]: unknown;
}
