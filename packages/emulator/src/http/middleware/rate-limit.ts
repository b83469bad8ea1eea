import type { MiddlewareHandler } from "hono";
import type { EmulatorState } from "../../state/emulator-state.js";
import { ApiError } from "../api-error.js";
import type { AppEnv } from "../app-env.js";

/** Per-key fixed-window limit: `X-RateLimit-*` on every answer, 429 with `Retry-After` past it. */
export function rateLimit(state: EmulatorState): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const limiter = state.rateLimiter;
    const key = c.get("apiKey");
    if (!limiter || !key) return next();
    const now = state.clock.now();
    const decision = limiter.take(key.key, now);
    const headers = {
      "X-RateLimit-Limit": String(decision.limit),
      "X-RateLimit-Remaining": String(Math.max(0, decision.remaining)),
      "X-RateLimit-Reset": String(Math.ceil(decision.resetAt / 1000)),
    };
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    if (!decision.allowed) {
      // Retry-After is in real seconds at the current speed: what the client will actually wait.
      const retryAfter = Math.max(1, Math.ceil((decision.resetAt - now) / state.clock.speed / 1000));
      throw new ApiError(
        "rate_limited",
        `Too many requests: ${decision.limit} per window; retry in ${retryAfter} s`,
        {
          ...headers,
          "Retry-After": String(retryAfter),
        },
      );
    }
    await next();
  };
}
