import { setTimeout as delay } from "node:timers/promises";
import { RESPONSE_ALREADY_SENT } from "@hono/node-server/utils/response";
import type { Context, MiddlewareHandler } from "hono";
import type { FaultSpec } from "../../faults/fault-spec.js";
import type { EmulatorState } from "../../state/emulator-state.js";
import type { AppEnv } from "../app-env.js";

type ResponseFault = Exclude<FaultSpec, { kind: "task_failure" }>;

/**
 * Breaks matching requests as injected: before handling (nothing happens server-side) or after
 * (the work is done, e.g. the task is created and paid, and only the answer is lost).
 */
export function injectFaults(state: EmulatorState): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const fault = state.faults.takeResponseFault(c.req.method, c.req.path);
    if (!fault) return next();
    c.get("logEntry").fault = fault.kind;
    const after =
      fault.kind === "truncated_body" || fault.kind === "malformed_body" || fault.phase === "after";
    if (fault.kind === "slow_headers") {
      if (after) await next();
      await delay(fault.delayMs ?? 2000);
      return after ? undefined : next();
    }
    if (after) await next();
    const response = await faultResponse(c, fault);
    if (after) {
      // Hono merges the old response's headers into an assigned one, which would turn the
      // "already sent" marker into a normal response; clearing first makes it a plain replacement.
      c.res = undefined as unknown as Response;
      c.res = response;
      return;
    }
    return response;
  };
}

async function faultResponse(c: Context<AppEnv>, fault: ResponseFault): Promise<Response> {
  const requestId = c.get("requestId");
  switch (fault.kind) {
    case "error": {
      const status = fault.status ?? 500;
      const message =
        status === 500
          ? "Internal server error (injected)"
          : `Upstream unavailable: HTTP ${status} (injected)`;
      c.get("logEntry").status = status;
      return c.json({ error: { code: "internal_error", message, requestId } }, status);
    }
    case "html_error": {
      const status = fault.status ?? 502;
      c.get("logEntry").status = status;
      return new Response(gatewayPage(status), {
        status,
        headers: { "Content-Type": "text/html; charset=utf-8", "X-Request-Id": requestId },
      });
    }
    case "rate_limit": {
      const retryAfter = String(fault.retryAfterSeconds ?? 1);
      c.get("logEntry").status = 429;
      c.header("Retry-After", retryAfter);
      c.header("X-RateLimit-Remaining", "0");
      return c.json(
        {
          error: {
            code: "rate_limited",
            message: `Too many requests; retry in ${retryAfter} s (injected)`,
            requestId,
          },
        },
        429,
      );
    }
    case "malformed_body":
      return new Response('{"id":"task_', {
        status: 200,
        headers: { "Content-Type": "application/json", "X-Request-Id": requestId },
      });
    case "reset":
      c.env.incoming.socket.destroy();
      return RESPONSE_ALREADY_SENT;
    case "truncated_body":
      await sendTruncated(c);
      return RESPONSE_ALREADY_SENT;
    case "slow_headers":
      return c.res;
  }
}

const gatewayTitles: Record<number, string> = {
  502: "502 Bad Gateway",
  503: "503 Service Temporarily Unavailable",
  504: "504 Gateway Time-out",
};

/** The kind of page nginx or a cloud load balancer sends: HTML, no JSON, no error code. */
function gatewayPage(status: number): string {
  const title = gatewayTitles[status] ?? `${status} Error`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}

/** Writes the real status and headers with the full Content-Length, half the body, then cuts the connection. */
async function sendTruncated(c: Context<AppEnv>): Promise<void> {
  const body = new Uint8Array(await c.res.arrayBuffer());
  const headers: Record<string, string> = {};
  c.res.headers.forEach((value, name) => {
    headers[name] = value;
  });
  headers["content-length"] = String(body.byteLength);
  const { outgoing, incoming } = c.env;
  outgoing.writeHead(c.res.status, headers);
  await new Promise<void>((resolve) => {
    outgoing.write(body.subarray(0, Math.floor(body.byteLength / 2)), () => resolve());
  });
  incoming.socket.destroy();
}
