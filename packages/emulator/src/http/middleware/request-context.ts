import type { MiddlewareHandler } from "hono";
import type { EmulatorState } from "../../state/emulator-state.js";
import type { AppEnv } from "../app-env.js";

const maxLoggedRequests = 20_000;

/** Gives each request an id (`X-Request-Id`), logs it, and settles due tasks before handling. */
export function requestContext(state: EmulatorState): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = state.newId("req");
    c.set("requestId", requestId);
    c.header("X-Request-Id", requestId);
    const entry = {
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: 0,
      accountId: null,
      idempotencyKey: c.req.header("Idempotency-Key") ?? null,
      replayed: false,
      fault: null,
      at: state.clock.now(),
    };
    c.set("logEntry", entry);
    // Long-running emulators keep the most recent requests only.
    if (state.requests.length >= maxLoggedRequests) state.requests.splice(0, maxLoggedRequests / 2);
    state.requests.push(entry);
    state.settle();
    await next();
    if (entry.status === 0 && entry.fault !== "reset" && entry.fault !== "truncated_body")
      entry.status = c.res.status;
  };
}
