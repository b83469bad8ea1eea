/** Request headers as n8n gives them (lower-case names). */
export type RequestHeaders = Record<string, string | string[] | undefined>;

/** Why a delivery failed verification, in words that never include the secret or a signature. */
export interface SignatureDiagnosis {
  /** Stable reason: which of the cases below. */
  reason:
    | "missing_headers"
    | "scheme_mismatch"
    | "timestamp_outside_window"
    | "signature_mismatch"
    | "invalid_payload"
    | "no_signing_secret";
  /** One sentence for the log and the 401 body. */
  message: string;
  /** Names (never values) of the signature-related headers the request carried. */
  signatureHeaders: string[];
}

/** Header names that belong to a webhook signing scheme (Standard Webhooks, Svix, Rivya, others). */
const signatureHeaderPattern = /^(webhook-|svix-|x-rivya-)|signature|^x-hub-|timestamp/i;

/** The signature-related header names present, sorted. */
export function signatureHeaderNames(headers: RequestHeaders): string[] {
  return Object.keys(headers)
    .map((name) => name.toLowerCase())
    .filter((name) => signatureHeaderPattern.test(name))
    .sort();
}

/** The scheme prefixes in a signature header (`v1`, `v1a`, `sha256`…), values left out. */
function signatureSchemes(value: string): string[] {
  const schemes = value
    .split(" ")
    .filter(Boolean)
    .map((part) => /^([a-z0-9]{1,12})[,=]/i.exec(part)?.[1] ?? "unknown");
  return [...new Set(schemes)];
}

function header(headers: RequestHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Tells a scheme mismatch (Rivya signing some other way than the Standard Webhooks this trigger
 * verifies) from a forgery or a replay, from the verification error's code and the headers'
 * names and shapes.
 */
export function diagnoseSignature(code: string, detail: string, headers: RequestHeaders): SignatureDiagnosis {
  const signatureHeaders = signatureHeaderNames(headers);
  const present = signatureHeaders.length > 0 ? signatureHeaders.join(", ") : "none";
  const standard = ["webhook-id", "webhook-timestamp", "webhook-signature"];
  if (code === "webhook_headers_missing") {
    const missing = standard.filter((name) => !header(headers, name));
    const others = signatureHeaders.filter((name) => !standard.includes(name));
    if (others.length > 0) {
      return {
        reason: "scheme_mismatch",
        message: `signed with another scheme: headers ${others.join(", ")} instead of Standard Webhooks' ${missing.join(", ")} (signature headers present: ${present})`,
        signatureHeaders,
      };
    }
    return {
      reason: "missing_headers",
      message: `missing ${missing.join(", ")} (signature headers present: ${present})`,
      signatureHeaders,
    };
  }
  if (code === "webhook_timestamp_invalid") {
    return { reason: "timestamp_outside_window", message: detail, signatureHeaders };
  }
  if (code === "webhook_signature_invalid") {
    const schemes = signatureSchemes(header(headers, "webhook-signature") ?? "");
    if (!schemes.includes("v1")) {
      return {
        reason: "scheme_mismatch",
        message: `webhook-signature has no "v1,<base64>" entries (schemes found: ${schemes.join(", ") || "none"}); Rivya signs with another scheme than Standard Webhooks v1`,
        signatureHeaders,
      };
    }
    return {
      reason: "signature_mismatch",
      message:
        "no v1 signature matches this endpoint's signing secret: forged, body altered on the way, or signed with another secret (re-activate the workflow to register a new endpoint)",
      signatureHeaders,
    };
  }
  return { reason: "invalid_payload", message: detail, signatureHeaders };
}
