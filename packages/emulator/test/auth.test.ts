import { describe, expect, it } from "vitest";
import { emulator } from "./helpers.js";

describe("authentication and scopes", () => {
  it("serves GET /models without a key, in the documented shape", async () => {
    const { api } = await emulator();
    const response = await api("GET", "/models", { key: null });
    expect(response.status).toBe(200);
    expect(response.body.object).toBe("list");
    expect(response.body.data.length).toBeGreaterThan(30);
    const kling = response.body.data.find((model: { id: string }) => model.id === "kling-3-0");
    expect(kling).toMatchObject({
      display_name: "Kling 3.0",
      category: "video",
      runtime: "async_task",
      base_credits: 90,
      billing_type: "FIXED",
      max_prompt_length: 2000,
      reference_media: { max_files: 2, kinds: ["image"], limits: { image: { max_bytes: 10485760 } } },
    });
    expect(kling.params).toContainEqual({
      key: "aspect_ratio",
      type: "select",
      required: false,
      default: "16:9",
      options: ["16:9", "9:16", "1:1"],
    });
  });

  it.each([
    ["no header", null, "api_key_missing"],
    ["an unknown key", "rvya_sk_not_a_real_key_123", "api_key_invalid"],
  ])("answers 401 for %s", async (_case, key, code) => {
    const { api } = await emulator();
    const response = await api("GET", "/credits", { key });
    expect(response.status).toBe(401);
    expect(response.body.error).toMatchObject({ code, requestId: expect.stringMatching(/^req_/) });
    expect(response.headers.get("x-request-id")).toBe(response.body.error.requestId);
  });

  it("rejects a non-Bearer Authorization header as invalid", async () => {
    const { api } = await emulator();
    const response = await api("GET", "/credits", { key: null, headers: { Authorization: "Basic abc" } });
    expect(response.body.error.code).toBe("api_key_invalid");
  });

  it("answers api_key_revoked and api_key_expired for seeded keys", async () => {
    const { api, control } = await emulator();
    control.seedAccount({ apiKey: "rvya_sk_revoked_key_1", revoked: true });
    control.seedAccount({ apiKey: "rvya_sk_expiring_key", expiresAt: control.now() + 60_000 });
    expect((await api("GET", "/credits", { key: "rvya_sk_revoked_key_1" })).body.error.code).toBe(
      "api_key_revoked",
    );
    expect((await api("GET", "/credits", { key: "rvya_sk_expiring_key" })).status).toBe(200);
    await control.advanceTime(60_001);
    const expired = await api("GET", "/credits", { key: "rvya_sk_expiring_key" });
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe("api_key_expired");
  });

  it("answers api_scope_denied 403 naming the missing scope", async () => {
    const { api, control } = await emulator();
    const { apiKey } = control.seedAccount({ scopes: ["generations:read"] });
    const response = await api("POST", "/generations", {
      key: apiKey,
      body: { model: "z-image", prompt: "x" },
    });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe("api_scope_denied");
    expect(response.body.error.message).toContain("generations:create");
    expect(control.tasks()).toHaveLength(0);
  });

  it("answers public_api_disabled 503 when switched off", async () => {
    const { api, control } = await emulator();
    control.setPublicApiDisabled(true);
    const response = await api("GET", "/credits");
    expect(response.status).toBe(503);
    expect(response.body.error.code).toBe("public_api_disabled");
    control.setPublicApiDisabled(false);
    expect((await api("GET", "/credits")).status).toBe(200);
  });

  it("answers not_found in the envelope for unknown routes", async () => {
    const { api } = await emulator();
    const response = await api("GET", "/nope");
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("not_found");
  });
});

describe("lifecycle", () => {
  it("can be closed twice and fails clearly when the port is taken", async () => {
    const { startEmulator } = await import("../src/index.js");
    const first = await startEmulator();
    const port = Number(new URL(first.url).port);
    await expect(startEmulator({ port })).rejects.toThrow(/EADDRINUSE/);
    await first.close();
    await first.close();
  });
});

describe("options", () => {
  it.each([
    [{ speed: 0 }, "speed"],
    [{ failureRate: 2 }, "failureRate"],
    [{ resultSizeBytes: 12 }, "resultSizeBytes"],
    [{ rateLimit: { limit: 0, windowMs: 1000 } }, "rateLimit"],
  ])("rejects %j naming the option", async (options, named) => {
    const { startEmulator } = await import("../src/index.js");
    await expect(startEmulator(options)).rejects.toThrow(named);
  });
});
