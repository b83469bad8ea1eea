import type { Random } from "../transport/sleep.js";

/**
 * A new idempotency key: a random UUID v4 built from the injected random source, so one key per
 * logical create can be reused by all of its retries.
 */
export function createIdempotencyKey(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = "4";
  hex[16] = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const text = hex.join("");
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}
