import type { Context } from "hono";
import type { EmulatorState } from "../state/emulator-state.js";
import { fingerprint } from "../state/idempotency-store.js";
import { ApiError } from "./api-error.js";
import type { AppEnv } from "./app-env.js";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Runs a create at most once per account + endpoint + `Idempotency-Key` (kept 24 h): the same
 * body gets the first answer again with `Idempotent-Replayed: true`; a different body gets
 * `idempotency_conflict`. Only successful answers are kept, so a corrected request can be sent
 * with the same key. `handle` is synchronous: no request can slip in between check and store.
 */
export function idempotent(
  c: Context<AppEnv>,
  state: EmulatorState,
  endpoint: string,
  body: unknown,
  handle: () => { status: 200 | 201; body: unknown },
): Response {
  const key = c.req.header("Idempotency-Key");
  if (key === undefined) {
    const result = handle();
    return c.json(result.body as object, result.status);
  }
  if (key.length === 0 || key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
    throw new ApiError(
      "validation_failed",
      "Idempotency-Key: must be 1–255 visible ASCII characters (a UUID is ideal)",
    );
  }
  const scope = `${c.get("apiKey").accountId} ${endpoint} ${key}`;
  const now = state.clock.now();
  const bodyFingerprint = fingerprint(body);
  const stored = state.idempotency.get(scope, now);
  if (stored) {
    if (stored.bodyFingerprint !== bodyFingerprint) {
      throw new ApiError(
        "idempotency_conflict",
        `Idempotency-Key "${key}" was already used with a different body; use a new key for a different request`,
      );
    }
    c.get("logEntry").replayed = true;
    c.header("Idempotent-Replayed", "true");
    return c.json(stored.body as object, stored.status as 200);
  }
  const result = handle();
  state.idempotency.set(scope, {
    bodyFingerprint,
    status: result.status,
    body: result.body,
    expiresAt: now + dayMs,
  });
  return c.json(result.body as object, result.status);
}
