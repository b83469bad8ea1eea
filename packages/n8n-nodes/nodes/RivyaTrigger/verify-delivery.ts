import { RivyaWebhookVerificationError, unwrapWebhook, type WebhookEvent } from "@rivya-kit/core";
import type { IWebhookFunctions } from "n8n-workflow";
import { toNodeError } from "../../shared/to-node-error";
import { diagnoseSignature, type RequestHeaders, signatureHeaderNames } from "./signature-diagnosis";

/** A delivery that passed verification, or the answer to refuse it with. */
export type DeliveryCheck =
  | { ok: true; event: WebhookEvent; deliveryId: string }
  | { ok: false; status: 400 | 401; body: { error: string; code: string } };

/**
 * Verifies a delivery's Standard Webhooks signature against the endpoint's secret. A refusal is
 * logged through n8n's logger with the signature headers present (names only) and why it failed,
 * never the secret or the signature values, so a scheme mismatch reads differently from a forgery.
 */
export async function verifyDelivery(
  context: IWebhookFunctions,
  secret: string | undefined,
  rawBody: unknown,
  toleranceSeconds: number,
): Promise<DeliveryCheck> {
  const headers = context.getHeaderData() as RequestHeaders;
  const refuse = (status: 400 | 401, reason: string, message: string): DeliveryCheck => {
    context.logger.warn(`Rivya Trigger refused a delivery (${status}): ${message}`, {
      workflowId: context.getWorkflow().id,
      node: context.getNode().name,
      reason,
      signatureHeaders: signatureHeaderNames(headers),
      verifiedScheme: "Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature: v1,<base64>)",
    });
    return { ok: false, status, body: { error: message, code: reason } };
  };
  if (!(rawBody instanceof Uint8Array)) {
    return refuse(400, "no_body", "the request has no body");
  }
  if (!secret) {
    return refuse(
      401,
      "no_signing_secret",
      "this trigger has no signing secret for its endpoint; deactivate and activate the workflow to register it again",
    );
  }
  try {
    const event = await unwrapWebhook({ payload: rawBody, headers, secret, toleranceSeconds });
    return { ok: true, event, deliveryId: String(headers["webhook-id"]) };
  } catch (error) {
    if (!RivyaWebhookVerificationError.isInstance(error)) throw toNodeError(context.getNode(), error, 0);
    const diagnosis = diagnoseSignature(error.code ?? "", error.message, headers);
    return refuse(401, diagnosis.reason, diagnosis.message);
  }
}
