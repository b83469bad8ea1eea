import { signWebhook } from "@rivya-kit/core";
import { type RunningEmulator, startEmulator } from "@rivya-kit/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RivyaTrigger } from "../../nodes/RivyaTrigger/RivyaTrigger.node";
import { TriggerHarness } from "../harness/trigger-harness";

let emulator: RunningEmulator;
let harness: TriggerHarness;

async function createGeneration(model: string): Promise<string> {
  const response = await fetch(`${emulator.url}/api/v1/generations`, {
    method: "POST",
    headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
    body: JSON.stringify({ model, prompt: "A trigger test" }),
  });
  return ((await response.json()) as { id: string }).id;
}

async function post(headers: Record<string, string>, body: string) {
  const response = await fetch(harness.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  emulator = await startEmulator({ allowLoopbackWebhooks: true, rateLimit: false });
  harness = new TriggerHarness(
    new RivyaTrigger(),
    { apiKey: emulator.apiKey, baseUrl: emulator.url },
    { events: ["generation.succeeded", "generation.failed"], options: {} },
  );
  await harness.listen();
});
afterAll(async () => {
  await harness.close();
  await emulator.close();
});

describe("Rivya Trigger against the emulator", () => {
  it("registers an endpoint on activation and keeps its signing secret in static data", async () => {
    expect(await harness.hook("checkExists")).toBe(false);
    expect(await harness.hook("create")).toBe(true);
    expect(String(harness.staticData.endpointId)).toMatch(/^whend_/);
    expect(String(harness.staticData.signingSecret)).toMatch(/^whsec_/);
    expect(await harness.hook("checkExists")).toBe(true);
    const endpoints = await fetch(`${emulator.url}/api/v1/webhooks`, {
      headers: { authorization: `Bearer ${emulator.apiKey}` },
    }).then((response) => response.json() as Promise<{ data: { url: string; event_types: string[] }[] }>);
    expect(endpoints.data).toHaveLength(1);
    expect(endpoints.data[0]).toMatchObject({ url: harness.url });
  });

  it("accepts a signed delivery and emits the finished task", async () => {
    const taskId = await createGeneration("kling-3-0");
    await emulator.control.advanceTime(200_000);
    await emulator.control.flush();
    const accepted = harness.deliveries.filter((delivery) => delivery.emitted);
    expect(accepted).toHaveLength(1);
    expect(accepted[0]?.status).toBe(200);
    expect(accepted[0]?.emitted?.[0]?.json).toMatchObject({
      event: "generation.succeeded",
      taskId,
      status: "succeeded",
      credits: 90,
    });
    expect(String(accepted[0]?.emitted?.[0]?.json.primaryUrl)).toContain(taskId);
  });

  it("rejects a forged delivery (wrong signature) without starting the workflow", async () => {
    const body = JSON.stringify({ id: "evt_forged", type: "generation.succeeded", data: { id: "task_x" } });
    const timestamp = Math.floor(Date.now() / 1000);
    const forged = await signWebhook({
      id: "evt_forged",
      timestamp,
      payload: body,
      secret: "whsec_c2VjcmV0LW9mLWFuLWF0dGFja2Vy",
    });
    const result = await post(
      { "webhook-id": "evt_forged", "webhook-timestamp": String(timestamp), "webhook-signature": forged },
      body,
    );
    expect(result.status).toBe(401);
    expect(result.body).toMatchObject({ code: "signature_mismatch" });
    expect(harness.deliveries.at(-1)?.emitted).toBeUndefined();
    const log = harness.logs.at(-1);
    expect(log?.level).toBe("warn");
    expect(log?.meta).toMatchObject({
      reason: "signature_mismatch",
      signatureHeaders: ["webhook-id", "webhook-signature", "webhook-timestamp"],
    });
    // Never the secret or a signature value.
    const logged = JSON.stringify(log);
    expect(logged).not.toContain(forged.slice(3));
    expect(logged).not.toContain(String(harness.staticData.signingSecret).slice(6));
  });

  it("rejects a stale delivery (signed with the real secret 10 minutes ago)", async () => {
    const body = JSON.stringify({ id: "evt_stale", type: "generation.succeeded", data: { id: "task_x" } });
    const timestamp = Math.floor(Date.now() / 1000) - 600;
    const signature = await signWebhook({
      id: "evt_stale",
      timestamp,
      payload: body,
      secret: String(harness.staticData.signingSecret),
    });
    const result = await post(
      { "webhook-id": "evt_stale", "webhook-timestamp": String(timestamp), "webhook-signature": signature },
      body,
    );
    expect(result.status).toBe(401);
    expect(result.body).toMatchObject({ code: "timestamp_outside_window" });
    expect(harness.logs.at(-1)?.message).toMatch(/60\d s away from now \(allowed: ±300 s\)/);
    expect(harness.deliveries.at(-1)?.emitted).toBeUndefined();
  });

  it("drops a replayed delivery (same webhook-id) without a second run", async () => {
    const body = JSON.stringify({
      id: "evt_once",
      type: "generation.failed",
      api_version: "2026-05-11",
      created_at: new Date().toISOString(),
      data: {
        id: "task_once",
        status: "failed",
        model: "kling-3-0",
        reserved_credits: 90,
        final_credits: 0,
        result: null,
        error: { code: "generation_failed", message: "x" },
      },
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      "webhook-id": "evt_once",
      "webhook-timestamp": String(timestamp),
      "webhook-signature": await signWebhook({
        id: "evt_once",
        timestamp,
        payload: body,
        secret: String(harness.staticData.signingSecret),
      }),
    };
    const first = await post(headers, body);
    expect(first.status).toBe(200);
    expect(harness.deliveries.at(-1)?.emitted?.[0]?.json).toMatchObject({
      event: "generation.failed",
      taskId: "task_once",
      credits: 0,
    });
    const replay = await post(headers, body);
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ duplicate: true });
    expect(harness.deliveries.at(-1)?.emitted).toBeUndefined();
  });

  it("the execute step drops a delivery n8n's deduplication store has seen (a copy that reached another process)", async () => {
    const items = [{ json: { deliveryId: "msg_elsewhere", taskId: "task_1" } }];
    expect(await harness.executeStep(items)).toEqual(items);
    expect(await harness.executeStep(items)).toEqual([]);
    expect(harness.logs.at(-1)?.message).toMatch(/already processed/);
    // Manual test events always pass.
    expect(await harness.executeStep(items, "manual")).toEqual(items);
  });

  describe("signature diagnostics: a 401 and a log line that tells a scheme mismatch from a forgery", () => {
    const body = JSON.stringify({ id: "evt_d", type: "generation.succeeded", data: { id: "task_d" } });
    const now = () => String(Math.floor(Date.now() / 1000));
    const cases: [string, () => Record<string, string>, string, RegExp][] = [
      [
        "no signature headers at all",
        () => ({}),
        "missing_headers",
        /missing webhook-id, webhook-timestamp, webhook-signature/,
      ],
      [
        "Svix's header names",
        () => ({ "svix-id": "msg_1", "svix-timestamp": now(), "svix-signature": "v1,c2lnbmF0dXJl" }),
        "scheme_mismatch",
        /svix-id, svix-signature, svix-timestamp instead of Standard Webhooks/,
      ],
      [
        "a custom x-rivya-signature header",
        () => ({ "x-rivya-signature": "sha256=abcdef0123456789" }),
        "scheme_mismatch",
        /x-rivya-signature instead of Standard Webhooks/,
      ],
      [
        "webhook-signature without v1 entries",
        () => ({
          "webhook-id": "msg_2",
          "webhook-timestamp": now(),
          "webhook-signature": "sha256=abcdef0123456789",
        }),
        "scheme_mismatch",
        /no "v1,<base64>" entries \(schemes found: sha256\)/,
      ],
    ];
    for (const [name, headers, reason, message] of cases) {
      it(name, async () => {
        const sent = headers();
        const result = await post(sent, body);
        expect(result.status).toBe(401);
        expect(result.body).toMatchObject({ code: reason });
        const log = harness.logs.at(-1);
        expect(log?.meta).toMatchObject({ reason, signatureHeaders: Object.keys(sent).sort() });
        expect(log?.message).toMatch(message);
        for (const [header, value] of Object.entries(sent)) {
          if (header.includes("signature")) expect(JSON.stringify(log)).not.toContain(value.split(/[,=]/)[1]);
        }
      });
    }
  });

  it("deregisters on deactivation", async () => {
    const endpointId = String(harness.staticData.endpointId);
    expect(await harness.hook("delete")).toBe(true);
    expect(harness.staticData.endpointId).toBeUndefined();
    expect(harness.staticData.signingSecret).toBeUndefined();
    const response = await fetch(`${emulator.url}/api/v1/webhooks/${endpointId}`, {
      headers: { authorization: `Bearer ${emulator.apiKey}` },
    });
    const endpoint = (await response.json()) as { status?: string; revoked_at?: string | null };
    // The emulator revokes on DELETE (404 or a revoked endpoint both mean no more deliveries).
    expect(response.status === 404 || endpoint.status === "revoked" || Boolean(endpoint.revoked_at)).toBe(
      true,
    );
    expect(await harness.hook("checkExists")).toBe(false);
  });
});
