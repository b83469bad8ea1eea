import type { IExecuteFunctions, IHttpRequestOptions } from "n8n-workflow";
import { describe, expect, it } from "vitest";
import { createN8nTransport, nodeStreamOf } from "./n8n-transport";

async function* chunks(...parts: string[]): AsyncIterable<Uint8Array> {
  for (const part of parts) yield new TextEncoder().encode(part);
}

function fakeContext() {
  const calls: { helper: string; credentialType?: string; options: IHttpRequestOptions }[] = [];
  const answer = () => ({
    statusCode: 200,
    headers: { "content-type": "application/json" },
    body: chunks('{"a"', ":1}"),
  });
  const context = {
    helpers: {
      httpRequestWithAuthentication: async (credentialType: string, options: IHttpRequestOptions) => {
        calls.push({ helper: "httpRequestWithAuthentication", credentialType, options });
        return answer();
      },
      httpRequest: async (options: IHttpRequestOptions) => {
        calls.push({ helper: "httpRequest", options });
        return answer();
      },
    },
  } as unknown as IExecuteFunctions;
  return { context, calls };
}

describe("createN8nTransport", () => {
  it("sends API requests with n8n's credential helper, dropping the client's own Authorization", async () => {
    const { context, calls } = fakeContext();
    const transport = createN8nTransport(context, "https://rivya.ai");
    const response = await transport("https://rivya.ai/api/v1/credits", {
      method: "GET",
      headers: { authorization: "Bearer rvya_sk_x", accept: "application/json" },
    });
    expect(calls[0]?.helper).toBe("httpRequestWithAuthentication");
    expect(calls[0]?.credentialType).toBe("rivyaApi");
    expect(calls[0]?.options.headers).toEqual({ accept: "application/json" });
    expect(calls[0]?.options).toMatchObject({
      encoding: "stream",
      returnFullResponse: true,
      ignoreHttpStatusErrors: true,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json");
    expect(await response.text()).toBe('{"a":1}');
  });

  it("never sends the key to another origin (a result on a CDN)", async () => {
    const { context, calls } = fakeContext();
    const transport = createN8nTransport(context, "https://rivya.ai");
    await transport("https://cdn.example.com/result.mp4", { method: "GET", headers: {}, redirect: "manual" });
    expect(calls[0]?.helper).toBe("httpRequest");
    expect(calls[0]?.options.disableFollowRedirect).toBe(true);
  });

  it("serialises a FormData body itself as multipart, with its boundary", async () => {
    const { context, calls } = fakeContext();
    const form = new FormData();
    form.set("kind", "image");
    form.set("file", new Blob([new Uint8Array([1, 2, 3])], { type: "image/png" }), "a.png");
    await createN8nTransport(context, "https://rivya.ai")("https://rivya.ai/api/v1/files", {
      method: "POST",
      headers: {},
      body: form,
    });
    const headers = calls[0]?.options.headers as Record<string, string>;
    const boundary = /boundary=(.+)$/.exec(headers["content-type"] ?? "")?.[1];
    expect(boundary).toBeTruthy();
    const body = (calls[0]!.options.body as Buffer).toString("latin1");
    expect(body).toContain(`--${boundary}`);
    expect(body).toContain('name="file"; filename="a.png"');
  });

  it("leaves the response stream unread for prepareBinaryData", async () => {
    const { context } = fakeContext();
    const response = await createN8nTransport(context, "https://rivya.ai")("https://rivya.ai/x", {
      method: "GET",
      headers: {},
    });
    const stream = nodeStreamOf(response) as unknown as AsyncIterable<Uint8Array>;
    let text = "";
    for await (const chunk of stream) text += new TextDecoder().decode(chunk);
    expect(text).toBe('{"a":1}');
  });
});
