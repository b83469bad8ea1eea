import { RivyaError, type RivyaErrorOptions } from "./rivya-error.js";

const marker = Symbol.for("rivya-kit.connection-error");

/**
 * The request never got an HTTP answer (DNS, refused, reset, truncated) after all retries. For a
 * create, `taskMayExist` says whether the task may exist (the request may have been sent): re-run
 * with `idempotencyKey` to get it without paying twice.
 */
export class RivyaConnectionError extends RivyaError {
  override readonly name: string = "RivyaConnectionError";

  constructor(message: string, options: RivyaErrorOptions = {}) {
    super(message, options);
    Object.defineProperty(this, marker, { value: true });
  }

  static override isInstance(error: unknown): error is RivyaConnectionError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
