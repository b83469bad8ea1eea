import type { Context } from "hono";
import { ApiError } from "./api-error.js";
import type { AppEnv } from "./app-env.js";

/** Rivya's error envelope `{error:{code,message,requestId}}` for any thrown error. */
export function errorResponse(error: unknown, c: Context<AppEnv>): Response {
  const apiError =
    error instanceof ApiError
      ? error
      : new ApiError("internal_error", "The emulator failed unexpectedly; see its log");
  if (!(error instanceof ApiError)) console.error("rivya-emulator: unexpected error", error);
  for (const [name, value] of Object.entries(apiError.headers)) c.header(name, value);
  return c.json(
    {
      error: {
        code: apiError.code,
        message: apiError.message,
        requestId: c.get("requestId") ?? "req_unknown",
      },
    },
    apiError.status as 400,
  );
}
