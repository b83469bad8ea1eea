import { describe, expect, it } from "vitest";
import { emulator } from "./helpers.js";

const create = { model: "z-image", prompt: "fault test" };

describe("fault injection", () => {
  it("answers injected 500/502/503 before handling, the given number of times", async () => {
    const { api, control } = await emulator();
    control.injectFault({ kind: "error", status: 502, route: "POST /api/v1/generations", count: 2 });
    const statuses = [];
    for (let index = 0; index < 3; index++)
      statuses.push((await api("POST", "/generations", { body: create })).status);
    expect(statuses).toEqual([502, 502, 200]);
    expect(control.tasks()).toHaveLength(1);
    expect(control.faults()).toEqual([]);
    expect(control.requests().map((entry) => entry.fault)).toEqual(["error", "error", null]);
  });

  it("can fail after handling: the task exists although the client saw a 500", async () => {
    const { api, control } = await emulator();
    control.injectFault({ kind: "error", route: "POST /api/v1/generations", phase: "after" });
    const response = await api("POST", "/generations", { body: create });
    expect(response.status).toBe(500);
    expect(response.body.error.code).toBe("internal_error");
    expect(control.tasks()).toHaveLength(1);
  });

  it("matches routes with :param patterns and leaves others alone", async () => {
    const { api, control } = await emulator();
    const task = await api("POST", "/generations", { body: create });
    control.injectFault({ kind: "error", status: 503, route: "GET /api/v1/generations/:id" });
    expect((await api("GET", "/credits")).status).toBe(200);
    expect((await api("GET", `/generations/${task.body.id}`)).status).toBe(503);
    expect((await api("GET", `/generations/${task.body.id}`)).status).toBe(200);
  });

  it("sends 429 bursts with Retry-After", async () => {
    const { api, control } = await emulator();
    control.injectFault({ kind: "rate_limit", count: 2, retryAfterSeconds: 3 });
    const first = await api("GET", "/credits");
    expect(first.status).toBe(429);
    expect(first.headers.get("retry-after")).toBe("3");
    expect(first.body.error.code).toBe("rate_limited");
    expect((await api("GET", "/credits")).status).toBe(429);
    expect((await api("GET", "/credits")).status).toBe(200);
  });

  it("resets the connection before handling", async () => {
    const { url, apiKey, control } = await emulator();
    control.injectFault({ kind: "reset", route: "POST /api/v1/generations" });
    const send = fetch(`${url}/api/v1/generations`, {
      method: "POST",
      headers: { Authorization: `Bearer ${apiKey}`, "Content-Type": "application/json" },
      body: JSON.stringify(create),
    });
    await expect(send).rejects.toThrow();
    expect(control.tasks()).toHaveLength(0);
  });

  it("delays the status line for slow_headers", async () => {
    const { api, control } = await emulator();
    control.injectFault({ kind: "slow_headers", delayMs: 150 });
    const started = performance.now();
    expect((await api("GET", "/credits")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("slow_headers after handling: the task exists before the late answer", async () => {
    const { api, control } = await emulator();
    control.injectFault({
      kind: "slow_headers",
      delayMs: 300,
      phase: "after",
      route: "POST /api/v1/generations",
    });
    const pending = api("POST", "/generations", { body: create });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(control.tasks()).toHaveLength(1);
    expect((await pending).status).toBe(200);
    expect(control.tasks()).toHaveLength(1);
  });

  it("answers a gateway's HTML error page, before or after handling", async () => {
    const { url, apiKey, control } = await emulator();
    control.injectFault({
      kind: "html_error",
      status: 503,
      route: "POST /api/v1/generations",
      phase: "after",
    });
    const response = await fetch(`${url}/api/v1/generations`, {
      method: "POST",
      headers: { Authorization: `Bearer ${apiKey}`, "Content-Type": "application/json" },
      body: JSON.stringify(create),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(await response.text()).toContain("<title>503 Service Temporarily Unavailable</title>");
    expect(control.tasks()).toHaveLength(1);
    control.injectFault({ kind: "html_error", route: "GET /api/v1/credits" });
    const page = await fetch(`${url}/api/v1/credits`, { headers: { Authorization: `Bearer ${apiKey}` } });
    expect(page.status).toBe(502);
    expect(control.requests({ path: "/api/v1/credits" })[0]).toMatchObject({
      status: 502,
      fault: "html_error",
    });
    expect(() => control.injectFault({ kind: "html_error", status: 500 as never })).toThrow(
      "status: must be 502, 503 or 504, got 500",
    );
  });

  it("truncates a body below its Content-Length", async () => {
    const { url, apiKey, control } = await emulator();
    control.injectFault({ kind: "truncated_body", route: "GET /api/v1/credits" });
    const response = await fetch(`${url}/api/v1/credits`, { headers: { Authorization: `Bearer ${apiKey}` } });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it("sends a malformed JSON body with status 200", async () => {
    const { url, apiKey, control } = await emulator();
    control.injectFault({ kind: "malformed_body" });
    const response = await fetch(`${url}/api/v1/credits`, { headers: { Authorization: `Bearer ${apiKey}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it("decides probabilistic faults the same way for the same seed", async () => {
    const run = async (seed: number) => {
      const { api, control } = await emulator({ seed });
      control.injectFault({ kind: "error", count: 100, probability: 0.5 });
      const statuses: number[] = [];
      for (let index = 0; index < 12; index++) statuses.push((await api("GET", "/credits")).status);
      return statuses;
    };
    const first = await run(42);
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(await run(42)).toEqual(first);
  });

  it("rejects an unknown fault kind with a clear message", async () => {
    const { control } = await emulator();
    expect(() => control.injectFault({ kind: "explode" } as never)).toThrow(/kind: "explode" is unknown/);
  });
});
