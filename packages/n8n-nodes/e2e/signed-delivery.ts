// A delivery signed the way Rivya signs (Standard Webhooks), for sending the same one twice.
import { signWebhook } from "@rivya-kit/core";

/** Headers and body of a `generation.succeeded` delivery of `task`, signed with `secret`. */
export async function signedDelivery(
  secret: string,
  deliveryId: string,
  task: unknown,
): Promise<{ headers: Record<string, string>; body: string }> {
  const body = JSON.stringify({
    id: `evt_${deliveryId}`,
    type: "generation.succeeded",
    api_version: "2026-05-11",
    created_at: new Date().toISOString(),
    data: task,
  });
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    body,
    headers: {
      "content-type": "application/json",
      "webhook-id": deliveryId,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": await signWebhook({ id: deliveryId, timestamp, payload: body, secret }),
    },
  };
}
