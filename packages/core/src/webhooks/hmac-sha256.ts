import { RivyaWebhookVerificationError } from "../errors/rivya-webhook-verification-error.js";

/**
 * HMAC-SHA256 of `data` under `key`: the one cryptographic effect webhook signatures need. Injected
 * like transport and sleep, so the pure core runs anywhere: WebCrypto by default,
 * `nodeHmacSha256` (`node:crypto`) from `@rivya-kit/core/node`, or your own.
 */
export type HmacSha256 = (key: Uint8Array, data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/**
 * The default `HmacSha256`: WebCrypto's `crypto.subtle`, present in browsers, Deno, Bun,
 * Cloudflare Workers and Node >= 22.12 (every runtime the core supports). Read when called, never
 * at import time.
 */
export const webCryptoHmacSha256: HmacSha256 = async (key, data) => {
  const subtle = typeof crypto === "object" && crypto !== null ? crypto.subtle : undefined;
  if (subtle === undefined) {
    throw new RivyaWebhookVerificationError(
      "no WebCrypto (crypto.subtle) in this runtime: pass { hmac } (e.g. nodeHmacSha256 from @rivya-kit/core/node)",
      { code: "webhook_crypto_unavailable" },
    );
  }
  // Copies give plain ArrayBuffer-backed views, which every WebCrypto accepts.
  const cryptoKey = await subtle.importKey(
    "raw",
    new Uint8Array(key),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return new Uint8Array(await subtle.sign("HMAC", cryptoKey, new Uint8Array(data)));
};
