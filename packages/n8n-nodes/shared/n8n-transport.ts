import type { Transport, TransportBody, TransportRequest, TransportResponse } from "@rivya-kit/core";
import type { IDataObject, IExecuteFunctions, IHookFunctions, IHttpRequestOptions } from "n8n-workflow";
import { toWebStream } from "./to-web-stream";

/** The n8n contexts whose helpers can make authenticated requests. */
export type RequestContext = IExecuteFunctions | IHookFunctions;

/** The credential type every Rivya request is authenticated with. */
export const credentialType = "rivyaApi";

/** The Node.js stream n8n returns for `encoding: "stream"` (only its async iteration is used). */
type NodeBodyStream = AsyncIterable<Uint8Array>;

interface FullResponse {
  statusCode: number;
  headers: Record<string, string | string[] | undefined>;
  body: NodeBodyStream;
}

/**
 * The core's transport, carried by n8n's HTTP helpers. Requests to the API's own origin go through
 * `httpRequestWithAuthentication`, so n8n adds the API key from the `rivyaApi` credentials (the
 * core never holds it); any other origin (a result on a CDN) gets a plain `httpRequest`, so the key
 * never leaves the API's origin. Responses arrive as streams, so downloads are never buffered
 * whole; the core reads small JSON bodies with `text()`.
 */
export function createN8nTransport(context: RequestContext, apiOrigin: string): Transport {
  return async (url: string, request: TransportRequest): Promise<TransportResponse> => {
    const { headers, body } = await toN8nBody(request);
    const options: IHttpRequestOptions = {
      url,
      method: request.method as IHttpRequestOptions["method"],
      headers,
      encoding: "stream",
      returnFullResponse: true,
      ignoreHttpStatusErrors: true,
      json: false,
      disableFollowRedirect: request.redirect === "manual",
      // The key must not follow a redirect to another origin (a result on a CDN).
      sendCredentialsOnCrossOriginRedirect: false,
      ...(body === undefined ? {} : { body }),
      ...(request.signal ? { abortSignal: request.signal } : {}),
    };
    const response = (
      new URL(url).origin === apiOrigin
        ? await context.helpers.httpRequestWithAuthentication.call(context, credentialType, options)
        : await context.helpers.httpRequest(options)
    ) as FullResponse;
    return toTransportResponse(response);
  };
}

async function toN8nBody(
  request: TransportRequest,
): Promise<{ headers: IDataObject; body?: Buffer | string }> {
  const headers: IDataObject = { ...request.headers };
  // n8n's credentials supply the Authorization header.
  delete headers.authorization;
  const body: TransportBody | undefined = request.body;
  if (body === undefined || typeof body === "string")
    return body === undefined ? { headers } : { headers, body };
  if (body instanceof Uint8Array) return { headers, body: Buffer.from(body) };
  if (body instanceof FormData) {
    // Serialise the multipart body with the platform's own encoder (no `form-data` package).
    const encoded = new Response(body);
    headers["content-type"] = encoded.headers.get("content-type") ?? "multipart/form-data";
    return { headers, body: Buffer.from(await encoded.arrayBuffer()) };
  }
  // Blob or web stream: reference files are small (≤ 50 MB by the API's limits).
  return { headers, body: Buffer.from(await new Response(body).arrayBuffer()) };
}

/** The stream type n8n's `prepareBinaryData` takes (a Node.js `Readable`). */
export type BinaryInput = Parameters<IExecuteFunctions["helpers"]["prepareBinaryData"]>[0];

const nodeStreams = new WeakMap<ReadableStream<Uint8Array>, NodeBodyStream>();

/**
 * The Node.js response stream behind a transport response's body, untouched, for
 * `prepareBinaryData` (which stores it on disk chunk by chunk and reads its content type).
 */
export function nodeStreamOf(response: TransportResponse): BinaryInput | undefined {
  const body = response.body;
  return body ? (nodeStreams.get(body) as BinaryInput | undefined) : undefined;
}

function toTransportResponse(response: FullResponse): TransportResponse {
  // Nothing is read until the core reads it: the web stream pulls lazily.
  const body = toWebStream(response.body);
  nodeStreams.set(body, response.body);
  return {
    status: response.statusCode,
    headers: {
      get(name: string): string | null {
        const value = response.headers[name.toLowerCase()];
        if (value === undefined) return null;
        return Array.isArray(value) ? value.join(", ") : String(value);
      },
    },
    text: () => new Response(body).text(),
    body,
  };
}
