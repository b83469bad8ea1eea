import type { MiddlewareHandler } from "hono";
import type { EmulatorState } from "../../state/emulator-state.js";
import { ApiError } from "../api-error.js";
import type { AppEnv } from "../app-env.js";

const publicRoutes = new Set([
  "GET /api/v1/models",
  "GET /api/v1/openapi.json",
  "HEAD /api/v1/models",
  "HEAD /api/v1/openapi.json",
]);

/** Resolves `Authorization: Bearer rvya_sk_…` to a key, answering each `api_key_*` case. */
export function authenticate(state: EmulatorState): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (publicRoutes.has(`${c.req.method} ${c.req.path}`)) return next();
    const header = c.req.header("Authorization");
    if (!header || header.trim() === "") {
      throw new ApiError("api_key_missing", 'No API key: send "Authorization: Bearer rvya_sk_…"');
    }
    const match = header.match(/^Bearer\s+(\S+)\s*$/i);
    const record = match ? state.accounts.keys.get(match[1]!) : undefined;
    if (!record) {
      throw new ApiError(
        "api_key_invalid",
        'The API key is not valid; expected "Authorization: Bearer rvya_sk_…"',
      );
    }
    if (record.revoked)
      throw new ApiError("api_key_revoked", "This API key has been revoked; create a new one");
    if (record.expiresAt !== null && record.expiresAt <= state.clock.now()) {
      throw new ApiError(
        "api_key_expired",
        `This API key expired at ${new Date(record.expiresAt).toISOString()}`,
      );
    }
    c.set("apiKey", record);
    c.get("logEntry").accountId = record.accountId;
    await next();
  };
}
