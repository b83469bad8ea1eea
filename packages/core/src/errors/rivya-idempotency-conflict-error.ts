import { RivyaError, type RivyaErrorOptions } from "./rivya-error.js";

const marker = Symbol.for("rivya-kit.idempotency-conflict-error");

/** The `Idempotency-Key` was already used with a different body (HTTP 409 `idempotency_conflict`). Never retried: pick a new key only if you really mean a new, separately paid task. */
export class RivyaIdempotencyConflictError extends RivyaError {
  override readonly name: string = "RivyaIdempotencyConflictError";

  constructor(message: string, options: RivyaErrorOptions = {}) {
    super(message, options);
    Object.defineProperty(this, marker, { value: true });
  }

  static override isInstance(error: unknown): error is RivyaIdempotencyConflictError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
