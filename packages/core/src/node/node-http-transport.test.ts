import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nodeHttpTransport } from "./node-http-transport.js";

let origin: string;
const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  if (request.url === "/echo") {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      response.writeHead(201, { "x-request-id": "req_9", "content-type": "application/json" });
      response.end(
        JSON.stringify({
          method: request.method,
          body: Buffer.concat(chunks).toString(),
          auth: request.headers.authorization,
        }),
      );
    });
  } else if (request.url === "/redirect") {
    response.writeHead(302, { location: "https://elsewhere.test/file" }).end();
  } else if (request.url === "/hang") {
    // Never answers: the caller's signal must end the request.
  } else {
    response.writeHead(404).end("missing");
  }
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe("nodeHttpTransport", () => {
  it("sends headers and a streamed body, and exposes status, headers and text", async () => {
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode("hello "));
        controller.enqueue(encoder.encode("stream"));
        controller.close();
      },
    });
    const response = await nodeHttpTransport(`${origin}/echo`, {
      method: "POST",
      headers: { authorization: "Bearer rvya_sk_x" },
      body,
      duplex: "half",
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("X-Request-Id")).toBe("req_9");
    expect(JSON.parse(await response.text())).toEqual({
      method: "POST",
      body: "hello stream",
      auth: "Bearer rvya_sk_x",
    });
  });

  it("sends string and byte bodies, and never follows redirects itself", async () => {
    const text = await nodeHttpTransport(`${origin}/echo`, { method: "PATCH", headers: {}, body: "plain" });
    expect(JSON.parse(await text.text()).body).toBe("plain");
    const redirect = await nodeHttpTransport(`${origin}/redirect`, { method: "GET", headers: {} });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("location")).toBe("https://elsewhere.test/file");
  });

  it("gives the body as a web stream for downloads", async () => {
    const response = await nodeHttpTransport(`${origin}/nothing`, { method: "GET", headers: {} });
    expect(response.status).toBe(404);
    expect(await new Response(response.body).text()).toBe("missing");
  });

  it("rejects when the signal aborts a request that gets no answer", async () => {
    const controller = new AbortController();
    const pending = nodeHttpTransport(`${origin}/hang`, {
      method: "GET",
      headers: {},
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });
});
