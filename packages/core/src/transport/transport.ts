/** A request body the transport must send as-is. Streams need `duplex: "half"` with Node's fetch. */
export type TransportBody = string | Uint8Array<ArrayBuffer> | Blob | FormData | ReadableStream<Uint8Array>;

/** What the client asks the transport to send. A subset of `RequestInit`. */
export interface TransportRequest {
  method: string;
  /** Header names are lower-case. */
  headers: Record<string, string>;
  body?: TransportBody | undefined;
  /** Aborts the request; fired on caller abort and on the per-request timeout. */
  signal?: AbortSignal | undefined;
  /** `"manual"` is used when a redirect must not carry the API key to another origin. */
  redirect?: "follow" | "manual" | undefined;
  /** Set to `"half"` for stream bodies (required by Node's fetch). */
  duplex?: "half" | undefined;
}

/** What the client reads from a response. A subset of the WHATWG `Response`. */
export interface TransportResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  /** The body as a stream, for downloads. */
  body: ReadableStream<Uint8Array> | null;
}

/**
 * The one effect the client needs to talk HTTP: a `fetch`-compatible function. The global `fetch`
 * fits as is. Other runtimes (n8n's `httpRequest`) wrap their own call into this shape. It must
 * reject (any error) when no HTTP answer arrives, and honour `signal`.
 */
export type Transport = (url: string, request: TransportRequest) => Promise<TransportResponse>;
