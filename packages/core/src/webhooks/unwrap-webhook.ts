import { RivyaWebhookVerificationError } from "../errors/rivya-webhook-verification-error.js";
import { type VerifyWebhookParams, verifyWebhook } from "./verify-webhook.js";
import type { WebhookEvent } from "./webhook-event.js";

/**
 * Verifies a delivery (see `verifyWebhook`) and returns its parsed event. Check `event.id` against
 * ids already processed: Rivya retries deliveries.
 * @throws RivyaWebhookVerificationError on a bad signature, timestamp or body
 */
export async function unwrapWebhook(params: VerifyWebhookParams): Promise<WebhookEvent> {
  const { id } = await verifyWebhook(params);
  const text = typeof params.payload === "string" ? params.payload : new TextDecoder().decode(params.payload);
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch (cause) {
    throw new RivyaWebhookVerificationError(`webhook ${id}: the body is not JSON`, {
      code: "webhook_payload_invalid",
      cause,
    });
  }
  const record = event as Partial<WebhookEvent> | null;
  if (typeof record !== "object" || record === null || typeof record.type !== "string" || !record.data) {
    throw new RivyaWebhookVerificationError(
      `webhook ${id}: the body is not a webhook event (needs type and data)`,
      {
        code: "webhook_payload_invalid",
      },
    );
  }
  return record as WebhookEvent;
}
