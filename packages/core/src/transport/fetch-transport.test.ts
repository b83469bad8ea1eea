import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchTransport } from "./fetch-transport.js";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("fetchTransport", () => {
  it("calls the given fetch as a plain function (browsers and workerd refuse another `this`)", async () => {
    const calls: { self: unknown; url: string; init: RequestInit | undefined }[] = [];
    const strictFetch = function (this: unknown, url: string, init?: RequestInit): Promise<Response> {
      calls.push({ self: this, url, init });
      return Promise.resolve(new Response("ok", { status: 201 }));
    };
    const client = { transport: fetchTransport(strictFetch) };
    const response = await client.transport("https://rivya.ai/api/v1/credits", {
      method: "GET",
      headers: { authorization: "Bearer rvya_sk_x" },
    });
    expect(response.status).toBe(201);
    expect(calls).toEqual([
      {
        self: undefined,
        url: "https://rivya.ai/api/v1/credits",
        init: { method: "GET", headers: { authorization: "Bearer rvya_sk_x" } },
      },
    ]);
  });

  it("without an argument, uses the global fetch of the moment it is called", async () => {
    const transport = fetchTransport();
    const stub = vi.fn(async () => new Response("late", { status: 200 }));
    vi.stubGlobal("fetch", stub);
    expect(await (await transport("https://rivya.ai/x", { method: "GET", headers: {} })).text()).toBe("late");
    expect(stub).toHaveBeenCalledOnce();
  });
});
