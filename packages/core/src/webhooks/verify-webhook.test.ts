import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { RivyaWebhookVerificationError } from "../errors/rivya-webhook-verification-error.js";
import { nodeHmacSha256 } from "../node/node-hmac-sha256.js";
import { constantTimeEqual } from "./constant-time-equal.js";
import type { HmacSha256 } from "./hmac-sha256.js";
import { unwrapWebhook } from "./unwrap-webhook.js";
import { signWebhook, type VerifyWebhookParams, verifyWebhook } from "./verify-webhook.js";

// A Standard Webhooks test vector (from the spec's reference libraries).
const specSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const specId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
const specTimestamp = 1614265330;
const specPayload = '{"test": 2432232314}';
const specSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

const secret = `whsec_${Buffer.from("rivya-test-secret-0123456789abcdef").toString("base64")}`;
const newSecret = `whsec_${Buffer.from("rivya-rotated-secret-fedcba987654").toString("base64")}`;
const now = 1_780_000_000_000;
const timestamp = Math.floor(now / 1000);
const event = {
  id: "evt_1",
  type: "generation.succeeded",
  api_version: "2026-05-11",
  created_at: "2026-05-11T00:00:00Z",
  data: { id: "task_1", status: "succeeded", model: "kling-3-0" },
};
const payload = JSON.stringify(event);

function headersFor(signature: string, stamp = timestamp, id = "msg_1") {
  return { "webhook-id": id, "webhook-timestamp": String(stamp), "webhook-signature": signature };
}

async function codeOf(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
  } catch (error) {
    expect(RivyaWebhookVerificationError.isInstance(error)).toBe(true);
    return (error as RivyaWebhookVerificationError).code;
  }
  return undefined;
}

// The same behaviour with the default (WebCrypto) and with the Node edge's `node:crypto`.
describe.each<[string, HmacSha256 | undefined]>([
  ["WebCrypto (default)", undefined],
  ["node:crypto", nodeHmacSha256],
])("verifyWebhook (Standard Webhooks) with %s", (_name, hmac) => {
  const verify = (params: VerifyWebhookParams) => verifyWebhook({ ...params, hmac });
  const sign = (params: { id: string; timestamp: number; payload: string; secret: string }) =>
    signWebhook({ ...params, hmac });

  it("accepts the Standard Webhooks reference vector", async () => {
    const result = await verify({
      payload: specPayload,
      headers: headersFor(specSignature, specTimestamp, specId),
      secret: specSecret,
      now: specTimestamp * 1000,
    });
    expect(result).toEqual({ id: specId, timestamp: specTimestamp });
    expect(
      await sign({ id: specId, timestamp: specTimestamp, payload: specPayload, secret: specSecret }),
    ).toBe(specSignature);
  });

  it("accepts a valid delivery, with a Headers object or any header case, string or bytes", async () => {
    const signature = await sign({ id: "msg_1", timestamp, payload, secret });
    const headers = new Headers(headersFor(signature));
    expect((await verify({ payload, headers, secret, now })).id).toBe("msg_1");
    const upper = {
      "Webhook-Id": "msg_1",
      "Webhook-Timestamp": String(timestamp),
      "Webhook-Signature": signature,
    };
    const bytes = new TextEncoder().encode(payload);
    expect((await verify({ payload: bytes, headers: upper, secret, now })).id).toBe("msg_1");
  });

  it("rejects a tampered body", async () => {
    const signature = await sign({ id: "msg_1", timestamp, payload, secret });
    const tampered = payload.replace("succeeded", "failed");
    expect(
      await codeOf(() => verify({ payload: tampered, headers: headersFor(signature), secret, now })),
    ).toBe("webhook_signature_invalid");
  });

  it("rejects a tampered id or timestamp (both are signed)", async () => {
    const signature = await sign({ id: "msg_1", timestamp, payload, secret });
    const otherId = headersFor(signature, timestamp, "msg_2");
    expect(await codeOf(() => verify({ payload, headers: otherId, secret, now }))).toBe(
      "webhook_signature_invalid",
    );
    const otherTime = headersFor(signature, timestamp - 1);
    expect(await codeOf(() => verify({ payload, headers: otherTime, secret, now }))).toBe(
      "webhook_signature_invalid",
    );
  });

  it("rejects the wrong secret", async () => {
    const signature = await sign({ id: "msg_1", timestamp, payload, secret: newSecret });
    expect(await codeOf(() => verify({ payload, headers: headersFor(signature), secret, now }))).toBe(
      "webhook_signature_invalid",
    );
  });

  it("rejects a timestamp more than 5 minutes away, in either direction", async () => {
    for (const offset of [-301, 301]) {
      const stamp = timestamp + offset;
      const signature = await sign({ id: "msg_1", timestamp: stamp, payload, secret });
      expect(
        await codeOf(() => verify({ payload, headers: headersFor(signature, stamp), secret, now })),
      ).toBe("webhook_timestamp_invalid");
    }
    const edge = timestamp - 300;
    const signature = await sign({ id: "msg_1", timestamp: edge, payload, secret });
    expect((await verify({ payload, headers: headersFor(signature, edge), secret, now })).id).toBe("msg_1");
  });

  it("accepts either secret during a rotation, and any signature in a space-separated list", async () => {
    const oldSignature = await sign({ id: "msg_1", timestamp, payload, secret });
    const rotated = await sign({ id: "msg_1", timestamp, payload, secret: newSecret });
    const secrets = [secret, newSecret];
    expect((await verify({ payload, headers: headersFor(rotated), secret: secrets, now })).id).toBe("msg_1");
    const reversed = [newSecret, secret];
    expect((await verify({ payload, headers: headersFor(oldSignature), secret: reversed, now })).id).toBe(
      "msg_1",
    );
    const both = `v1,${Buffer.alloc(32).toString("base64")} ${rotated}`;
    expect((await verify({ payload, headers: headersFor(both), secret: newSecret, now })).id).toBe("msg_1");
  });

  it("rejects missing headers, unsupported signature versions and a malformed secret", async () => {
    expect(await codeOf(() => verify({ payload, headers: {}, secret, now }))).toBe("webhook_headers_missing");
    const key = Buffer.from(secret.slice(6), "base64");
    const v2 = `v2,${createHmac("sha256", key).update(`msg_1.${timestamp}.${payload}`).digest("base64")}`;
    expect(await codeOf(() => verify({ payload, headers: headersFor(v2), secret, now }))).toBe(
      "webhook_signature_invalid",
    );
    const signature = await sign({ id: "msg_1", timestamp, payload, secret });
    expect(
      await codeOf(() => verify({ payload, headers: headersFor(signature), secret: "whsec_!!", now })),
    ).toBe("webhook_secret_invalid");
  });

  it("unwrap returns the typed event, and refuses a signed body that is not an event", async () => {
    const signature = await sign({ id: "msg_1", timestamp, payload, secret });
    const unwrapped = await unwrapWebhook({ payload, headers: headersFor(signature), secret, now, hmac });
    expect(unwrapped.type).toBe("generation.succeeded");
    expect(unwrapped.data.id).toBe("task_1");
    const junk = '{"hello":1}';
    const junkSignature = await sign({ id: "msg_1", timestamp, payload: junk, secret });
    expect(
      await codeOf(() =>
        unwrapWebhook({ payload: junk, headers: headersFor(junkSignature), secret, now, hmac }),
      ),
    ).toBe("webhook_payload_invalid");
  });
});

describe("constantTimeEqual", () => {
  it("is true only for equal bytes of equal length", () => {
    expect(constantTimeEqual(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2, 3))).toBe(true);
    expect(constantTimeEqual(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2, 4))).toBe(false);
    expect(constantTimeEqual(Uint8Array.of(9, 2, 3), Uint8Array.of(1, 2, 3))).toBe(false);
    expect(constantTimeEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2, 3))).toBe(false);
  });
});
