import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nodeHttpTransport } from "./node-http-transport.js";

let origin: string;
let staleAttempts = 0;
const requestsOn = new WeakMap<Socket, number>();
const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  const served = (requestsOn.get(request.socket) ?? 0) + 1;
  requestsOn.set(request.socket, served);
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
  } else if (request.url === "/ok") {
    response.writeHead(200).end("ok");
  } else if (request.url?.startsWith("/stale")) {
    // The server closed this kept-alive socket as the next request arrived on it (the race that
    // a busy event loop widens): the request gets no answer at all.
    staleAttempts++;
    if (served > 1) request.socket.destroy();
    else response.writeHead(200).end("fresh");
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

  it("sends an idempotent request again when its reused keep-alive socket was already closed", async () => {
    await primeKeptAliveSocket();
    staleAttempts = 0;
    const response = await nodeHttpTransport(`${origin}/stale-get`, { method: "GET", headers: {} });
    expect(await response.text()).toBe("fresh");
    expect(staleAttempts).toBe(2);
  });

  it("never sends a streamed body again: that failure is the caller's to handle", async () => {
    await primeKeptAliveSocket();
    staleAttempts = 0;
    const body = new Blob(["once"]).stream();
    const pending = nodeHttpTransport(`${origin}/stale-post`, {
      method: "POST",
      headers: {},
      body,
      duplex: "half",
    });
    await expect(pending).rejects.toMatchObject({ code: "ECONNRESET" });
    expect(staleAttempts).toBe(1);
  });
});

/** Leaves one idle kept-alive socket in the agent's pool, so the next request reuses it. */
async function primeKeptAliveSocket(): Promise<void> {
  const response = await nodeHttpTransport(`${origin}/ok`, { method: "GET", headers: {} });
  await response.text();
  // The socket returns to the pool once the response has ended, a tick later.
  await new Promise((resolve) => setImmediate(resolve));
}
