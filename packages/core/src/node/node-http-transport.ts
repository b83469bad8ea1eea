import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import type {
  Transport,
  TransportBody,
  TransportRequest,
  TransportResponse,
} from "../transport/transport.js";

// Keep-alive agents shared by every client: polling many tasks reuses a few sockets.
const httpAgent = new HttpAgent({ keepAlive: true });
const httpsAgent = new HttpsAgent({ keepAlive: true });

function toReadable(body: TransportBody): Readable | string | Uint8Array {
  if (typeof body === "string" || body instanceof Uint8Array) return body;
  if (body instanceof ReadableStream)
    return Readable.fromWeb(body as unknown as NodeReadableStream<Uint8Array>);
  if (body instanceof Blob)
    return Readable.fromWeb(body.stream() as unknown as NodeReadableStream<Uint8Array>);
  throw new TypeError("node transport: FormData bodies are not supported; use the client's multipart stream");
}

function toResponse(incoming: IncomingMessage): TransportResponse {
  let consumed = false;
  let webBody: ReadableStream<Uint8Array> | undefined;
  const take = (): Readable => {
    if (consumed) throw new TypeError("response body already read");
    consumed = true;
    return incoming;
  };
  return {
    status: incoming.statusCode ?? 0,
    headers: {
      get: (name) => {
        const value = incoming.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
      },
    },
    text: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of take()) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    get body() {
      webBody ??= Readable.toWeb(take()) as unknown as ReadableStream<Uint8Array>;
      return webBody;
    },
  };
}

// Methods a server must treat as idempotent (RFC 9110 §9.2.2): sending one twice is harmless.
const idempotentMethods = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

// A kept-alive socket that the server closed while it sat in the pool is handed out once more
// before its close is noticed (the server's keep-alive timeout and the agent's race, widened when
// the event loop is busy): the request then fails with "socket hang up"/ECONNRESET before any
// answer. Such a request never reached a live connection, so it goes again on another socket.
const maxStaleSocketRetries = 3;

function isReplayable(init: TransportRequest): boolean {
  const replayableBody =
    init.body === undefined || typeof init.body === "string" || init.body instanceof Uint8Array;
  const idempotent =
    idempotentMethods.has(init.method.toUpperCase()) || init.headers["idempotency-key"] !== undefined;
  return replayableBody && idempotent;
}

function isStaleSocketError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ECONNRESET" || code === "EPIPE";
}

function sendOnce(
  target: URL,
  init: TransportRequest,
): Promise<{ response: TransportResponse } | { error: unknown; reusedSocket: boolean }> {
  return new Promise((resolve) => {
    const secure = target.protocol === "https:";
    const send = secure ? httpsRequest : httpRequest;
    const outgoing = send(target, {
      method: init.method,
      headers: init.headers,
      agent: secure ? httpsAgent : httpAgent,
      signal: init.signal,
    });
    outgoing.once("response", (incoming) => resolve({ response: toResponse(incoming) }));
    outgoing.once("error", (error) => resolve({ error, reusedSocket: outgoing.reusedSocket }));
    if (init.body === undefined) {
      outgoing.end();
      return;
    }
    const body = toReadable(init.body);
    if (typeof body === "string" || body instanceof Uint8Array) {
      outgoing.end(body);
      return;
    }
    pipeline(body, outgoing).catch((error: unknown) => {
      outgoing.destroy(error as Error);
      resolve({ error, reusedSocket: false });
    });
  });
}

/**
 * The Node edge's transport, on `node:http`/`https` with keep-alive. Node's built-in `fetch`
 * (undici) reads a streamed request body ahead of the socket — a 300 MB upload held 300 MB of
 * memory in our bench — while `http.request` with `pipeline` honours back-pressure, so uploads
 * stay at a few chunks whatever the file size. Redirects are never followed (the client does it).
 * An idempotent request (GET, HEAD… or one with an `idempotency-key`) with a replayable body that
 * fails on a reused socket before any answer is sent again at once (Node's documented
 * `reusedSocket` pattern); every other failure is the caller's to retry.
 */
export const nodeHttpTransport: Transport = async (url, init) => {
  const target = new URL(url);
  const replayable = isReplayable(init);
  for (let attempt = 0; ; attempt++) {
    const outcome = await sendOnce(target, init);
    if ("response" in outcome) return outcome.response;
    const retry =
      replayable &&
      outcome.reusedSocket &&
      isStaleSocketError(outcome.error) &&
      attempt < maxStaleSocketRetries &&
      !init.signal?.aborted;
    if (!retry) throw outcome.error;
  }
};
