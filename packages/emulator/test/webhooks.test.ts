import { createHmac, timingSafeEqual } from "node:crypto";
import { describe, expect, it } from "vitest";
import { emulator } from "./helpers.js";
import { type ReceivedWebhook, webhookReceiver } from "./webhook-receiver.js";

const events = ["generation.succeeded", "generation.failed"];

/** An independent Standard Webhooks check: any listed v1 signature made with `secret`. */
function signedWith(secret: string, delivery: ReceivedWebhook): boolean {
  const id = delivery.headers["webhook-id"];
  const timestamp = delivery.headers["webhook-timestamp"];
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${delivery.body}`).digest();
  return String(delivery.headers["webhook-signature"])
    .split(" ")
    .some((entry) => {
      const signature = Buffer.from(entry.replace(/^v1,/, ""), "base64");
      return signature.length === expected.length && timingSafeEqual(signature, expected);
    });
}

describe("webhooks", () => {
  it("creates, lists, reads, updates and revokes endpoints; the secret is shown only on create", async () => {
    const { api } = await emulator();
    const created = await api("POST", "/webhooks", {
      body: { name: "prod", url: "https://hooks.example.com/rivya", event_types: ["generation.succeeded"] },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      id: expect.stringMatching(/^whend_/),
      object: "webhook_endpoint",
      name: "prod",
      url: "https://hooks.example.com/rivya",
      event_types: ["generation.succeeded"],
      status: "enabled",
      signing_secret: expect.stringMatching(/^whsec_/),
      failure_count: 0,
      last_success_at: null,
      disabled_at: null,
      revoked_at: null,
    });
    expect(created.body.secret_preview).toBe(`whsec_…${created.body.signing_secret.slice(-4)}`);
    const id = created.body.id;
    const read = await api("GET", `/webhooks/${id}`);
    expect(read.body.signing_secret).toBeUndefined();
    expect((await api("GET", "/webhooks")).body.data.map((endpoint: { id: string }) => endpoint.id)).toEqual([
      id,
    ]);

    const patched = await api("PATCH", `/webhooks/${id}`, {
      body: { event_types: events, status: "disabled" },
    });
    expect(patched.body).toMatchObject({
      event_types: events,
      status: "disabled",
      disabled_at: expect.any(String),
    });

    const revoked = await api("DELETE", `/webhooks/${id}`);
    expect(revoked.body).toMatchObject({ status: "revoked", revoked_at: expect.any(String) });
    expect((await api("POST", `/webhooks/${id}/rotate-secret`)).body.error.code).toBe("validation_failed");
  });

  it.each([
    ["http://hooks.example.com/x", "https"],
    ["https://user:pw@hooks.example.com/x", "credentials"],
    ["https://hooks.example.com/x#frag", "fragment"],
    ["https://localhost/x", "loopback"],
    ["https://127.0.0.1/x", "loopback"],
    ["https://[::1]/x", "loopback"],
    ["https://10.1.2.3/x", "private"],
    ["https://192.168.1.1/x", "private"],
    ["https://169.254.169.254/latest", "private"],
    ["https://[fd00::1]/x", "private"],
    ["https://[::ffff:10.0.0.1]/x", "private"],
    ["https://printer.local/x", "public"],
    ["not a url", "valid URL"],
  ])("rejects %s with webhook_url_rejected", async (url, reason) => {
    const { api } = await emulator();
    const response = await api("POST", "/webhooks", { body: { name: "x", url, event_types: events } });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("webhook_url_rejected");
    expect(response.body.error.message).toContain(reason);
  });

  it("accepts a loopback http URL only with allowLoopbackWebhooks", async () => {
    const { api } = await emulator({ allowLoopbackWebhooks: true });
    const response = await api("POST", "/webhooks", {
      body: { name: "x", url: "http://127.0.0.1:9/h", event_types: events },
    });
    expect(response.status).toBe(200);
    const privateHost = await api("POST", "/webhooks", {
      body: { name: "x", url: "http://10.0.0.1/h", event_types: events },
    });
    expect(privateHost.body.error.code).toBe("webhook_url_rejected");
  });

  it("validates names and event types with validation_failed", async () => {
    const { api } = await emulator();
    const response = await api("POST", "/webhooks", {
      body: { name: "", url: "https://hooks.example.com", event_types: ["generation.started"] },
    });
    expect(response.body.error.code).toBe("validation_failed");
    expect(response.body.error.message).toContain("name");
    expect(response.body.error.message).toContain("generation.started");
  });

  it("delivers signed generation events whose data is the task", async () => {
    const receiver = await webhookReceiver();
    const { api, control } = await emulator({ allowLoopbackWebhooks: true });
    const endpoint = await api("POST", "/webhooks", {
      body: { name: "local", url: receiver.url, event_types: events },
    });
    const task = await api("POST", "/generations", { body: { model: "z-image", prompt: "a kite" } });
    await control.advanceTime(12_000);
    expect(receiver.received).toHaveLength(1);
    const delivery = receiver.received[0]!;
    const event = JSON.parse(delivery.body);
    expect(event).toMatchObject({
      id: delivery.headers["webhook-id"],
      type: "generation.succeeded",
      api_version: "2026-05-11",
    });
    expect(event.data).toMatchObject({ id: task.body.id, status: "succeeded", final_credits: 1 });
    expect(delivery.headers["content-type"]).toBe("application/json");
    expect(Math.abs(Number(delivery.headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
    expect(signedWith(endpoint.body.signing_secret, delivery)).toBe(true);
    expect(signedWith("whsec_b3RoZXItc2VjcmV0LW90aGVyLXNlY3JldA==", delivery)).toBe(false);

    const listed = await api("GET", "/webhook-events");
    expect(listed.body.data[0]).toEqual(event);
    expect((await api("GET", "/webhook-events?type=generation.failed")).body.data).toEqual([]);
    expect((await api("GET", "/webhook-events?limit=0")).body.error.code).toBe("validation_failed");
  });

  it("sends generation.failed only to endpoints subscribed to it", async () => {
    const succeeded = await webhookReceiver();
    const failed = await webhookReceiver();
    const { api, control } = await emulator({ allowLoopbackWebhooks: true });
    await api("POST", "/webhooks", {
      body: { name: "s", url: succeeded.url, event_types: ["generation.succeeded"] },
    });
    await api("POST", "/webhooks", {
      body: { name: "f", url: failed.url, event_types: ["generation.failed"] },
    });
    control.injectFault({ kind: "task_failure" });
    await api("POST", "/generations", { body: { model: "z-image", prompt: "a kite" } });
    await control.advanceTime(12_000);
    expect(succeeded.received).toHaveLength(0);
    expect(JSON.parse(failed.received[0]!.body)).toMatchObject({
      type: "generation.failed",
      data: { status: "failed", error: { code: "generation_failed" } },
    });
  });

  it("retries failed deliveries 5 times with growing delays and logs every attempt", async () => {
    const receiver = await webhookReceiver([500, 503, 500, 502, 500]);
    const { api, control } = await emulator({ allowLoopbackWebhooks: true });
    const endpoint = await api("POST", "/webhooks", {
      body: { name: "flaky", url: receiver.url, event_types: events },
    });
    await api("POST", "/generations", { body: { model: "z-image", prompt: "a kite" } });
    await control.advanceTime(12_000);
    expect(receiver.received).toHaveLength(1);
    await control.advanceTime(4_000);
    expect(receiver.received).toHaveLength(1);
    for (const delay of [1_000, 30_000, 120_000, 600_000]) await control.advanceTime(delay);
    expect(receiver.received).toHaveLength(5);
    await control.advanceTime(3_600_000);
    expect(receiver.received).toHaveLength(5);
    // Every retry is the same message: same id, same body; a receiver de-duplicates on webhook-id.
    expect(new Set(receiver.received.map((delivery) => delivery.headers["webhook-id"])).size).toBe(1);
    expect(new Set(receiver.received.map((delivery) => delivery.body)).size).toBe(1);

    const log = await api("GET", `/webhooks/${endpoint.body.id}/deliveries`);
    expect(log.body.data[0]).toMatchObject({ status: "failed", attempt_count: 5, next_attempt_at: null });
    expect(
      log.body.data[0].attempts.map((attempt: { response_status: number }) => attempt.response_status),
    ).toEqual([500, 503, 500, 502, 500]);
    const times = log.body.data[0].attempts.map((attempt: { attempted_at: string }) =>
      Date.parse(attempt.attempted_at),
    );
    const gaps = times.slice(1).map((time: number, index: number) => time - times[index]);
    expect(gaps.every((gap: number, index: number) => index === 0 || gap > gaps[index - 1])).toBe(true);
    const after = await api("GET", `/webhooks/${endpoint.body.id}`);
    expect(after.body).toMatchObject({
      failure_count: 5,
      last_failure_at: expect.any(String),
      last_success_at: null,
    });
  });

  it("succeeds on a retry and records the success", async () => {
    const receiver = await webhookReceiver([500]);
    const { api, control } = await emulator({ allowLoopbackWebhooks: true });
    const endpoint = await api("POST", "/webhooks", {
      body: { name: "x", url: receiver.url, event_types: events },
    });
    await api("POST", "/generations", { body: { model: "z-image", prompt: "a kite" } });
    await control.advanceTime(12_000);
    await control.advanceTime(5_000);
    expect(receiver.received).toHaveLength(2);
    const after = await api("GET", `/webhooks/${endpoint.body.id}`);
    expect(after.body).toMatchObject({ failure_count: 0, last_success_at: expect.any(String) });
    expect(control.deliveries()[0]).toMatchObject({ status: "succeeded" });
  });

  it("test-sends an event and signs with both secrets for a day after rotation", async () => {
    const receiver = await webhookReceiver();
    const { api, control } = await emulator({ allowLoopbackWebhooks: true });
    const endpoint = await api("POST", "/webhooks", {
      body: { name: "x", url: receiver.url, event_types: events },
    });
    const rotated = await api("POST", `/webhooks/${endpoint.body.id}/rotate-secret`);
    expect(rotated.body.signing_secret).not.toBe(endpoint.body.signing_secret);
    const test = await api("POST", `/webhooks/${endpoint.body.id}/test`);
    expect(test.body).toMatchObject({
      object: "webhook_delivery",
      event_type: "webhook.test",
      status: "succeeded",
    });
    const delivery = receiver.received[0]!;
    expect(signedWith(rotated.body.signing_secret, delivery)).toBe(true);
    expect(signedWith(endpoint.body.signing_secret, delivery)).toBe(true);
    await control.advanceTime(24 * 3600 * 1000 + 1);
    await api("POST", `/webhooks/${endpoint.body.id}/test`);
    expect(signedWith(endpoint.body.signing_secret, receiver.received[1]!)).toBe(false);
    expect(signedWith(rotated.body.signing_secret, receiver.received[1]!)).toBe(true);
  });

  it("hides endpoints of other accounts and needs webhooks:manage", async () => {
    const { api, control } = await emulator();
    const endpoint = await api("POST", "/webhooks", {
      body: { name: "x", url: "https://hooks.example.com/a", event_types: events },
    });
    const other = control.seedAccount({});
    expect((await api("GET", `/webhooks/${endpoint.body.id}`, { key: other.apiKey })).body.error.code).toBe(
      "not_found",
    );
    expect((await api("GET", "/webhooks", { key: other.apiKey })).body.data).toEqual([]);
    const limited = control.seedAccount({ scopes: ["generations:read"] });
    expect((await api("GET", "/webhooks", { key: limited.apiKey })).body.error.code).toBe("api_scope_denied");
  });

  it("does not follow redirects", async () => {
    const receiver = await webhookReceiver([302]);
    const { api } = await emulator({ allowLoopbackWebhooks: true });
    const endpoint = await api("POST", "/webhooks", {
      body: { name: "x", url: receiver.url, event_types: events },
    });
    const test = await api("POST", `/webhooks/${endpoint.body.id}/test`);
    expect(test.body).toMatchObject({
      status: "pending",
      attempts: [{ response_status: 302, error: "HTTP 302" }],
    });
  });
});
