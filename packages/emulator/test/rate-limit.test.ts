import { describe, expect, it } from "vitest";
import { emulator } from "./helpers.js";

describe("rate limits", () => {
  it("sends X-RateLimit-* on every answer and 429 rate_limited with Retry-After past the limit", async () => {
    const { api, control } = await emulator({ rateLimit: { limit: 3, windowMs: 10_000 } });
    const answers = [];
    for (let index = 0; index < 4; index++) answers.push(await api("GET", "/credits"));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    expect(answers.map((answer) => answer.headers.get("x-ratelimit-remaining"))).toEqual([
      "2",
      "1",
      "0",
      "0",
    ]);
    expect(answers[0]!.headers.get("x-ratelimit-limit")).toBe("3");
    const reset = Number(answers[0]!.headers.get("x-ratelimit-reset"));
    expect(reset * 1000).toBeGreaterThanOrEqual(control.now());
    const limited = answers[3]!;
    expect(limited.body.error.code).toBe("rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(9);
    await control.advanceTime(10_000);
    expect((await api("GET", "/credits")).status).toBe(200);
  });

  it("counts per key", async () => {
    const { api, control } = await emulator({ rateLimit: { limit: 1, windowMs: 60_000 } });
    const other = control.seedAccount({});
    expect((await api("GET", "/credits")).status).toBe(200);
    expect((await api("GET", "/credits", { key: other.apiKey })).status).toBe(200);
    expect((await api("GET", "/credits")).status).toBe(429);
  });

  it("expresses Retry-After in real seconds at the current speed", async () => {
    const { api } = await emulator({ speed: 10, rateLimit: { limit: 1, windowMs: 60_000 } });
    await api("GET", "/credits");
    const limited = await api("GET", "/credits");
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(6);
  });

  it("can be switched off", async () => {
    const { api } = await emulator({ rateLimit: false });
    const answer = await api("GET", "/credits");
    expect(answer.headers.get("x-ratelimit-limit")).toBeNull();
  });
});
