/**
 * A fault to inject. Response faults match requests by `route`; `task_failure` applies to the next
 * created tasks. Each fault fires `count` times (then is gone), each time with `probability`
 * decided by the seeded random source, so a seeded run is reproducible.
 */
export type FaultSpec =
  | (FaultMatch & {
      /** Answer with this status and a JSON error envelope (`internal_error` / gateway text). */
      kind: "error";
      status?: 500 | 502 | 503;
    })
  | (FaultMatch & {
      /**
       * A proxy's HTML error page (`text/html`, no JSON envelope), as a load balancer in front of
       * the API answers when the upstream is down or slow.
       */
      kind: "html_error";
      /** @default 502 */
      status?: 502 | 503 | 504;
    })
  | (FaultMatch & {
      /** A 429 `rate_limited` with `Retry-After` (a burst when `count` > 1). */
      kind: "rate_limit";
      /** @default 1 */
      retryAfterSeconds?: number;
    })
  | (FaultMatch & {
      /** Destroy the connection: no status, no headers. */
      kind: "reset";
    })
  | (FaultMatch & {
      /**
       * Wait `delayMs` real milliseconds before the status line (tests client timeouts): before
       * handling the request, or with `phase: "after"` after it (the task exists, the answer is late).
       */
      kind: "slow_headers";
      /** @default 2000 */
      delayMs?: number;
    })
  | (FaultMatch & {
      /** Send the headers (full Content-Length) and half the body, then destroy the connection. */
      kind: "truncated_body";
    })
  | (FaultMatch & {
      /** Answer 200 with a body that is not valid JSON. */
      kind: "malformed_body";
    })
  | {
      /** The next created tasks (of `model`, if set) end `failed` with `generation_failed`; credits refunded. */
      kind: "task_failure";
      model?: string;
      message?: string;
      count?: number;
      probability?: number;
    };

export interface FaultMatch {
  /**
   * `"METHOD /path"` with `:param` and `*` wildcards, e.g. `"POST /api/v1/generations"`,
   * `"GET /api/v1/generations/:id"`, `"* /api/v1/*"`. @default every API route
   */
  route?: string;
  /**
   * `before`: the request is not handled (nothing happens server-side). `after`: it is handled
   * (the task is created, credits reserved) and then the response is broken — the case that
   * proves a client's retry with the same Idempotency-Key gets the same task back.
   * @default "before" (`truncated_body` and `malformed_body` are always `after`)
   */
  phase?: "before" | "after";
  /** How many matching requests it affects. @default 1 */
  count?: number;
  /** Chance (0–1) that a matching request is affected, from the seeded random source. @default 1 */
  probability?: number;
}

export type FaultKind = FaultSpec["kind"];
