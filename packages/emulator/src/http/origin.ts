import type { Context } from "hono";

/** The origin the client reached the emulator through (absolute URLs in responses use it). */
export function requestOrigin(c: Context): string {
  return new URL(c.req.url).origin;
}
