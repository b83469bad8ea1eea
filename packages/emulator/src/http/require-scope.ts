import type { Context } from "hono";
import type { Scope } from "../state/scopes.js";
import { ApiError } from "./api-error.js";
import type { AppEnv } from "./app-env.js";

/** The caller's account id, after checking its key carries `scope` (else `api_scope_denied`). */
export function requireScope(c: Context<AppEnv>, scope: Scope): string {
  const key = c.get("apiKey");
  if (!key.scopes.has(scope)) {
    throw new ApiError(
      "api_scope_denied",
      `This API key lacks the "${scope}" scope needed for ${c.req.method} ${c.req.path}`,
    );
  }
  return key.accountId;
}
