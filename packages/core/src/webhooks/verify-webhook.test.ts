import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { RivyaWebhookVerificationError } from "../errors/rivya-webhook-verification-error.js";
import { unwrapWebhook } from "./unwrap-webhook.js";
import { signWebhook, verifyWebhook } from "./verify-webhook.js";

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

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(RivyaWebhookVerificationError.isInstance(error)).toBe(true);
    return (error as RivyaWebhookVerificationError).code;
  }
  return undefined;
}

describe("verifyWebhook (Standard Webhooks)", () => {
  it("accepts the Standard Webhooks reference vector", () => {
    const result = verifyWebhook({
      payload: specPayload,
      headers: headersFor(specSignature, specTimestamp, specId),
      secret: specSecret,
      now: specTimestamp * 1000,
    });
    expect(result).toEqual({ id: specId, timestamp: specTimestamp });
    expect(
      signWebhook({ id: specId, timestamp: specTimestamp, payload: specPayload, secret: specSecret }),
    ).toBe(specSignature);
  });

  it("accepts a valid delivery, with a Headers object or any header case, string or bytes", () => {
    const signature = signWebhook({ id: "msg_1", timestamp, payload, secret });
    const headers = new Headers(headersFor(signature));
    expect(verifyWebhook({ payload, headers, secret, now }).id).toBe("msg_1");
    const upper = {
      "Webhook-Id": "msg_1",
      "Webhook-Timestamp": String(timestamp),
      "Webhook-Signature": signature,
    };
    expect(
      verifyWebhook({ payload: new TextEncoder().encode(payload), headers: upper, secret, now }).id,
    ).toBe("msg_1");
  });

  it("rejects a tampered body", () => {
    const signature = signWebhook({ id: "msg_1", timestamp, payload, secret });
    const tampered = payload.replace("succeeded", "failed");
    expect(
      codeOf(() => verifyWebhook({ payload: tampered, headers: headersFor(signature), secret, now })),
    ).toBe("webhook_signature_invalid");
  });

  it("rejects a tampered id or timestamp (both are signed)", () => {
    const signature = signWebhook({ id: "msg_1", timestamp, payload, secret });
    expect(
      codeOf(() =>
        verifyWebhook({ payload, headers: headersFor(signature, timestamp, "msg_2"), secret, now }),
      ),
    ).toBe("webhook_signature_invalid");
    expect(
      codeOf(() => verifyWebhook({ payload, headers: headersFor(signature, timestamp - 1), secret, now })),
    ).toBe("webhook_signature_invalid");
  });

  it("rejects the wrong secret", () => {
    const signature = signWebhook({ id: "msg_1", timestamp, payload, secret: newSecret });
    expect(codeOf(() => verifyWebhook({ payload, headers: headersFor(signature), secret, now }))).toBe(
      "webhook_signature_invalid",
    );
  });

  it("rejects a timestamp more than 5 minutes away, in either direction", () => {
    for (const offset of [-301, 301]) {
      const stamp = timestamp + offset;
      const signature = signWebhook({ id: "msg_1", timestamp: stamp, payload, secret });
      expect(
        codeOf(() => verifyWebhook({ payload, headers: headersFor(signature, stamp), secret, now })),
      ).toBe("webhook_timestamp_invalid");
    }
    const edge = timestamp - 300;
    const signature = signWebhook({ id: "msg_1", timestamp: edge, payload, secret });
    expect(verifyWebhook({ payload, headers: headersFor(signature, edge), secret, now }).id).toBe("msg_1");
  });

  it("accepts either secret during a rotation, and any signature in a space-separated list", () => {
    const oldSignature = signWebhook({ id: "msg_1", timestamp, payload, secret });
    const rotated = signWebhook({ id: "msg_1", timestamp, payload, secret: newSecret });
    expect(
      verifyWebhook({ payload, headers: headersFor(rotated), secret: [secret, newSecret], now }).id,
    ).toBe("msg_1");
    expect(
      verifyWebhook({ payload, headers: headersFor(oldSignature), secret: [newSecret, secret], now }).id,
    ).toBe("msg_1");
    const both = `v1,${Buffer.alloc(32).toString("base64")} ${rotated}`;
    expect(verifyWebhook({ payload, headers: headersFor(both), secret: newSecret, now }).id).toBe("msg_1");
  });

  it("rejects missing headers and unsupported signature versions", () => {
    expect(codeOf(() => verifyWebhook({ payload, headers: {}, secret, now }))).toBe(
      "webhook_headers_missing",
    );
    const key = Buffer.from(secret.slice(6), "base64");
    const v2 = `v2,${createHmac("sha256", key).update(`msg_1.${timestamp}.${payload}`).digest("base64")}`;
    expect(codeOf(() => verifyWebhook({ payload, headers: headersFor(v2), secret, now }))).toBe(
      "webhook_signature_invalid",
    );
  });

  it("unwrap returns the typed event, and refuses a signed body that is not an event", () => {
    const signature = signWebhook({ id: "msg_1", timestamp, payload, secret });
    const unwrapped = unwrapWebhook({ payload, headers: headersFor(signature), secret, now });
    expect(unwrapped.type).toBe("generation.succeeded");
    expect(unwrapped.data.id).toBe("task_1");
    const junk = '{"hello":1}';
    const junkSignature = signWebhook({ id: "msg_1", timestamp, payload: junk, secret });
    expect(
      codeOf(() => unwrapWebhook({ payload: junk, headers: headersFor(junkSignature), secret, now })),
    ).toBe("webhook_payload_invalid");
  });
});
