import { createHmac } from "node:crypto";
import type { HmacSha256 } from "../webhooks/hmac-sha256.js";

/** `HmacSha256` on `node:crypto`: synchronous, and independent of the WebCrypto global. */
export const nodeHmacSha256: HmacSha256 = (key, data) => createHmac("sha256", key).update(data).digest();
