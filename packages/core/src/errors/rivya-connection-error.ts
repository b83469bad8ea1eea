import { RivyaError, type RivyaErrorOptions } from "./rivya-error.js";

const marker = Symbol.for("rivya-kit.connection-error");

/** The request never got an HTTP answer (DNS, refused, reset) after all retries. For a create, the task may exist: retry with the same `Idempotency-Key` to find out without paying twice. */
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
