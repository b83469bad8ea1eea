import type { Transport } from "./transport.js";

/** A WHATWG `fetch` as this module needs it (the global one, or a runtime's own). */
export type FetchFunction = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * A `Transport` on a WHATWG `fetch`: browsers, Deno, Bun, Cloudflare Workers, Node. Pass a fetch,
 * or leave it out to use the runtime's global `fetch`, read at each call (never at import time).
 * Needed rather than handing `fetch` over directly because browsers and workerd refuse a `fetch`
 * called as a method of another object ("Illegal invocation").
 *
 * @example
 * const client = createRivyaClient({ apiKey, fetch: fetchTransport(), sleep });
 */
export function fetchTransport(fetchFunction?: FetchFunction): Transport {
  return (url, request) => {
    const run: FetchFunction = fetchFunction ?? fetch;
    // `duplex` (for stream bodies) is not in every RequestInit typing, but every fetch reads it.
    return run(url, request as RequestInit);
  };
}
