import { describe, expect, it } from "vitest";
import { emulator } from "./helpers.js";

async function call(url: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${url}/__emulator${path}`, {
    method,
    ...(body !== undefined && {
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }),
  });
  return { status: response.status, body: await response.json() };
}

describe("control API over HTTP", () => {
  it("seeds accounts, moves time, injects faults and reports requests, tasks and charges", async () => {
    const { url, api } = await emulator();
    const seeded = await call(url, "POST", "/accounts", {
      credits: 5,
      scopes: ["generations:create", "generations:read"],
    });
    expect(seeded.body).toMatchObject({ apiKey: expect.stringMatching(/^rvya_sk_/), credits: 5 });
    const key = seeded.body.apiKey;

    const created = await api("POST", "/generations", { key, body: { model: "z-image", prompt: "p" } });
    expect(created.status).toBe(200);
    expect((await call(url, "GET", `/accounts/${seeded.body.accountId}`)).body.credits).toBe(4);

    const before = (await call(url, "GET", "/time")).body.now;
    const advanced = await call(url, "POST", "/time", { advanceMs: 60_000, speed: 2 });
    expect(advanced.body.now - before).toBeGreaterThanOrEqual(60_000);
    expect((await api("GET", `/generations/${created.body.id}`, { key })).body.status).toBe("succeeded");

    const fault = await call(url, "POST", "/faults", {
      kind: "error",
      status: 503,
      route: "GET /api/v1/credits",
    });
    expect(fault.body).toMatchObject({ id: expect.stringMatching(/^fault_/), remaining: 1 });
    expect((await call(url, "GET", "/faults")).body.data).toHaveLength(1);
    expect((await api("GET", "/credits")).status).toBe(503);

    const requests = await call(url, "GET", "/requests?method=GET&path=/api/v1/credits");
    expect(requests.body.data).toMatchObject([{ status: 503, fault: "error" }]);
    expect((await call(url, "GET", "/tasks")).body.data).toMatchObject([
      { id: created.body.id, status: "succeeded" },
    ]);
    expect((await call(url, "GET", "/charges")).body.data).toMatchObject([
      { taskId: created.body.id, credits: -1 },
    ]);
    expect((await call(url, "GET", "/deliveries")).body.data).toEqual([]);
  });

  it("switches the public API off and resets everything", async () => {
    const { url, api } = await emulator();
    await api("POST", "/generations", { body: { model: "z-image", prompt: "p" } });
    await call(url, "POST", "/faults", { kind: "reset", count: 5 });
    await call(url, "DELETE", "/faults");
    await call(url, "POST", "/public-api", { disabled: true });
    expect((await api("GET", "/credits")).body.error.code).toBe("public_api_disabled");
    await call(url, "POST", "/reset");
    expect((await api("GET", "/credits")).body.current_credits).toBe(10_000);
    expect((await call(url, "GET", "/tasks")).body.data).toEqual([]);
  });

  it("answers bad control input in the error envelope", async () => {
    const { url } = await emulator();
    const bad = await call(url, "POST", "/faults", { kind: "error", status: 418 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("500, 502 or 503");
    expect(
      (await call(url, "POST", "/accounts", { apiKey: "secret-looking-but-wrong" })).body.error.message,
    ).not.toContain("secret-looking-but-wrong");
    expect((await call(url, "GET", "/accounts/acct_none")).status).toBe(404);
  });

  it("is absent with controlApi: false", async () => {
    const { url } = await emulator({ controlApi: false });
    expect((await fetch(`${url}/__emulator/time`)).status).toBe(404);
  });
});

describe("openapi.json", () => {
  it("is public and describes every path the emulator serves", async () => {
    const { api, url } = await emulator();
    const response = await api("GET", "/openapi.json", { key: null });
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe("3.1.0");
    expect(response.body.servers).toEqual([{ url: `${url}/api/v1` }]);
    expect(Object.keys(response.body.paths).sort()).toEqual(
      [
        "/credits",
        "/files",
        "/files/{fileId}",
        "/generations",
        "/generations/{taskId}",
        "/models",
        "/openapi.json",
        "/webhook-events",
        "/webhooks",
        "/webhooks/{endpointId}",
        "/webhooks/{endpointId}/deliveries",
        "/webhooks/{endpointId}/rotate-secret",
        "/webhooks/{endpointId}/test",
      ].sort(),
    );
    expect(response.body.components.schemas.Error.properties.error.properties.code.enum).toContain(
      "idempotency_conflict",
    );
  });
});
