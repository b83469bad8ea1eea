// Rivya API keys and webhook signing secrets, wherever they appear inside a string.
const secretPattern = /\b(rvya_sk_|whsec_)[A-Za-z0-9+/=_-]+/g;
const sensitiveKeys = new Set(["authorization", "apikey", "api_key", "signing_secret", "secret", "secrets"]);

/** Replaces API keys and signing secrets in a string by their prefix and `…[redacted]`. */
export function redactText(text: string): string {
  return text.replace(secretPattern, (_match, prefix: string) => `${prefix}…[redacted]`);
}

/**
 * A copy of `value` with secrets removed: values under sensitive keys (authorization, api key,
 * signing secret) are replaced and key-like strings anywhere are masked.
 */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactText(value);
  if (value === null || typeof value !== "object" || depth > 6) return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = sensitiveKeys.has(key.toLowerCase()) ? "[redacted]" : redact(item, depth + 1);
  }
  return copy;
}
