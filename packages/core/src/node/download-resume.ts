import type { TransportResponse } from "../transport/transport.js";

// Codes of a connection that dropped mid-body (Node's http and undici's fetch).
const droppedCodes = new Set([
  "ECONNRESET",
  "EPIPE",
  "ECONNABORTED",
  "ETIMEDOUT",
  "ERR_STREAM_PREMATURE_CLOSE",
  "UND_ERR_SOCKET",
]);

/** Whether a body stream failed because its connection dropped (not the disk, not a refusal). */
export function isDroppedConnection(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === "string" && droppedCodes.has(code)) return true;
    // undici ends a body whose socket closed with `TypeError: terminated` (the code is on its cause).
    if (message === "terminated" || message === "aborted") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Headers asking for the rest of a body from `offset`; `If-Range` (a strong ETag or
 * Last-Modified of the first answer) makes a server whose file changed send all of it instead.
 */
export function resumeHeaders(offset: number, first: TransportResponse): Record<string, string> {
  const headers: Record<string, string> = { range: `bytes=${offset}-` };
  const etag = first.headers.get("etag");
  const lastModified = first.headers.get("last-modified");
  if (etag && !etag.startsWith("W/")) headers["if-range"] = etag;
  else if (lastModified) headers["if-range"] = lastModified;
  return headers;
}

/** Whether a 206 answer continues exactly at `offset` (and of the same total size, when known). */
export function continuesAt(
  response: TransportResponse,
  offset: number,
  totalBytes: number | undefined,
): boolean {
  if (response.status !== 206) return false;
  const match = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(response.headers.get("content-range")?.trim() ?? "");
  if (!match) return false;
  const sameTotal = totalBytes === undefined || match[2] === "*" || Number(match[2]) === totalBytes;
  return Number(match[1]) === offset && sameTotal;
}
