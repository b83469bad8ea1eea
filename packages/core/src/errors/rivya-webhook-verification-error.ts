import { RivyaError, type RivyaErrorOptions } from "./rivya-error.js";

const marker = Symbol.for("rivya-kit.webhook-verification-error");

/**
 * A webhook delivery failed verification: missing headers, a timestamp outside the tolerance, no
 * signature matching any of the secrets, or a body that is not a webhook event. `code` says which
 * (`webhook_headers_missing`, `webhook_timestamp_invalid`, `webhook_signature_invalid`,
 * `webhook_payload_invalid`; `webhook_secret_invalid` for a secret that is not `whsec_` + base64,
 * `webhook_crypto_unavailable` on a runtime without WebCrypto and no `hmac` given). Answer such a
 * request with HTTP 400 and do not process it.
 */
export class RivyaWebhookVerificationError extends RivyaError {
  override readonly name: string = "RivyaWebhookVerificationError";

  constructor(message: string, options: RivyaErrorOptions = {}) {
    super(message, options);
    Object.defineProperty(this, marker, { value: true });
  }

  static override isInstance(error: unknown): error is RivyaWebhookVerificationError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
