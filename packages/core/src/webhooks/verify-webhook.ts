import { RivyaWebhookVerificationError } from "../errors/rivya-webhook-verification-error.js";
import { decodeBase64, encodeBase64 } from "./base64.js";
import { constantTimeEqual } from "./constant-time-equal.js";
import { type HmacSha256, webCryptoHmacSha256 } from "./hmac-sha256.js";
import { readHeader, type WebhookHeaders } from "./webhook-headers.js";

/** What `verifyWebhook` checks. */
export interface VerifyWebhookParams {
  /** The raw request body exactly as received (not re-serialised JSON). */
  payload: string | Uint8Array;
  /** The request headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`). */
  headers: WebhookHeaders;
  /** The endpoint's `whsec_…` secret, or several during a rotation (any may match). */
  secret: string | readonly string[];
  /**
   * Largest accepted distance between the `webhook-timestamp` and now, in seconds.
   * @default 300
   */
  toleranceSeconds?: number | undefined;
  /** Current time in milliseconds. @default Date.now() */
  now?: number | undefined;
  /**
   * The HMAC-SHA256 to sign with. @default WebCrypto (`crypto.subtle`); `@rivya-kit/core/node`
   * clients pass `nodeHmacSha256` (`node:crypto`).
   */
  hmac?: HmacSha256 | undefined;
}

/** The verified identity of a delivery: de-duplicate on `id` (retries reuse it). */
export interface VerifiedWebhook {
  id: string;
  timestamp: number;
}

function fail(code: string, message: string): never {
  throw new RivyaWebhookVerificationError(message, { code });
}

function secretKey(secret: string): Uint8Array {
  const encoded = secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret;
  const key = decodeBase64(encoded);
  if (!key || key.length === 0) {
    fail("webhook_secret_invalid", "webhook secret is empty or not base64 (expected whsec_…)");
  }
  return key;
}

function concatBytes(first: Uint8Array, second: Uint8Array): Uint8Array {
  const result = new Uint8Array(first.length + second.length);
  result.set(first, 0);
  result.set(second, first.length);
  return result;
}

/**
 * Verifies a Standard Webhooks signature: HMAC-SHA256 over `${id}.${timestamp}.${body}` with the
 * base64 key after `whsec_`, compared in constant time against every `v1,` signature in the header
 * and every secret given; the timestamp must be within the tolerance.
 * Async because WebCrypto is.
 * @throws RivyaWebhookVerificationError (answer the delivery with 400)
 */
export async function verifyWebhook(params: VerifyWebhookParams): Promise<VerifiedWebhook> {
  const id = readHeader(params.headers, "webhook-id");
  const timestampText = readHeader(params.headers, "webhook-timestamp");
  const signatureHeader = readHeader(params.headers, "webhook-signature");
  if (!id || !timestampText || !signatureHeader) {
    fail(
      "webhook_headers_missing",
      "webhook request lacks webhook-id, webhook-timestamp or webhook-signature headers",
    );
  }
  const timestamp = Number(timestampText);
  if (!/^\d+$/.test(timestampText) || !Number.isSafeInteger(timestamp)) {
    fail("webhook_timestamp_invalid", `webhook-timestamp "${timestampText}" is not unix seconds`);
  }
  const toleranceSeconds = params.toleranceSeconds ?? 300;
  const nowSeconds = Math.floor((params.now ?? Date.now()) / 1000);
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) {
    fail(
      "webhook_timestamp_invalid",
      `webhook-timestamp is ${nowSeconds - timestamp} s away from now (allowed: ±${toleranceSeconds} s); replayed or clock skew`,
    );
  }
  const encoder = new TextEncoder();
  const body = typeof params.payload === "string" ? encoder.encode(params.payload) : params.payload;
  const signed = concatBytes(encoder.encode(`${id}.${timestamp}.`), body);
  const candidates = signatureHeader
    .split(" ")
    .filter((part) => part.startsWith("v1,"))
    .flatMap((part) => decodeBase64(part.slice(3)) ?? []);
  const secrets = typeof params.secret === "string" ? [params.secret] : params.secret;
  if (secrets.length === 0) fail("webhook_secret_invalid", "no webhook secret given");
  const hmac = params.hmac ?? webCryptoHmacSha256;
  // Keys are decoded first, so a malformed secret fails the same way whatever the signatures are.
  const keys = secrets.map(secretKey);
  for (const key of keys) {
    const expected = await hmac(key, signed);
    for (const candidate of candidates) {
      if (constantTimeEqual(candidate, expected)) return { id, timestamp };
    }
  }
  return fail("webhook_signature_invalid", "webhook signature matches none of the given secrets");
}

/**
 * Signs a payload the way Rivya does (`v1,<base64>`), for tests and local emulation.
 */
export async function signWebhook(params: {
  id: string;
  timestamp: number;
  payload: string;
  secret: string;
  /** @default WebCrypto */
  hmac?: HmacSha256 | undefined;
}): Promise<string> {
  const signed = new TextEncoder().encode(`${params.id}.${params.timestamp}.${params.payload}`);
  const hmac = params.hmac ?? webCryptoHmacSha256;
  return `v1,${encodeBase64(await hmac(secretKey(params.secret), signed))}`;
}
