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
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ code: "webhook_signature_invalid" });
    expect(harness.deliveries.at(-1)?.emitted).toBeUndefined();
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
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ code: "webhook_timestamp_invalid" });
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
