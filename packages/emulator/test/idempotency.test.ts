import { describe, expect, it } from "vitest";
import { emulator } from "./helpers.js";

const body = { model: "z-image", prompt: "a lighthouse", params: { aspect_ratio: "1:1" } };

describe("idempotency", () => {
  it("replays the first answer for the same key and body: same task, one charge", async () => {
    const { api, control } = await emulator({ credits: 10 });
    const headers = { "Idempotency-Key": "create-1" };
    const first = await api("POST", "/generations", { body, headers });
    // Same JSON value with another key order: still the same request.
    const reordered = { params: { aspect_ratio: "1:1" }, prompt: "a lighthouse", model: "z-image" };
    const second = await api("POST", "/generations", { body: reordered, headers });
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(second.status).toBe(200);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(second.body).toEqual(first.body);
    expect(control.tasks()).toHaveLength(1);
    expect(control.charges()).toHaveLength(1);
    expect((await api("GET", "/credits")).body.current_credits).toBe(9);
    expect(control.requests({ method: "POST" }).map((entry) => entry.replayed)).toEqual([false, true]);
  });

  it("answers idempotency_conflict 409 for the same key with a different body", async () => {
    const { api, control } = await emulator();
    const headers = { "Idempotency-Key": "create-2" };
    await api("POST", "/generations", { body, headers });
    const conflict = await api("POST", "/generations", { body: { ...body, prompt: "another" }, headers });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.code).toBe("idempotency_conflict");
    expect(control.tasks()).toHaveLength(1);
  });

  it("scopes keys per account", async () => {
    const { api, control } = await emulator();
    const other = control.seedAccount({});
    const headers = { "Idempotency-Key": "shared" };
    const mine = await api("POST", "/generations", { body, headers });
    const theirs = await api("POST", "/generations", { body, headers, key: other.apiKey });
    expect(theirs.headers.get("idempotent-replayed")).toBeNull();
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it("keeps keys 24 hours of virtual time", async () => {
    const { api, control } = await emulator();
    const headers = { "Idempotency-Key": "day" };
    const first = await api("POST", "/generations", { body, headers });
    await control.advanceTime(24 * 60 * 60 * 1000 - 60_000);
    expect((await api("POST", "/generations", { body, headers })).body.id).toBe(first.body.id);
    await control.advanceTime(120_000);
    expect((await api("POST", "/generations", { body, headers })).body.id).not.toBe(first.body.id);
  });

  it("does not store failures: a corrected request may reuse its key", async () => {
    const { api } = await emulator();
    const headers = { "Idempotency-Key": "fix-me" };
    expect((await api("POST", "/generations", { body: { model: "z-image" }, headers })).status).toBe(400);
    expect((await api("POST", "/generations", { body, headers })).status).toBe(200);
  });

  it("rejects an unusable key", async () => {
    const { api } = await emulator();
    const response = await api("POST", "/generations", {
      body,
      headers: { "Idempotency-Key": "x".repeat(256) },
    });
    expect(response.body.error).toMatchObject({
      code: "validation_failed",
      message: expect.stringContaining("Idempotency-Key"),
    });
  });

  it("loses no task and charges none twice when the connection resets after the create", async () => {
    const { url, apiKey, control } = await emulator({ credits: 100 });
    control.injectFault({ kind: "reset", route: "POST /api/v1/generations", phase: "after" });
    const send = () =>
      fetch(`${url}/api/v1/generations`, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${apiKey}`,
          "Content-Type": "application/json",
          "Idempotency-Key": "retry-me",
        },
        body: JSON.stringify(body),
      });
    await expect(send()).rejects.toThrow();
    // The server created and paid for the task although the client never saw the answer.
    expect(control.tasks()).toHaveLength(1);
    const retry = await send();
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect((await retry.json()).id).toBe(control.tasks()[0]!.id);
    expect(control.charges()).toHaveLength(1);
    expect(control.balance()).toBe(99);
  });
});
