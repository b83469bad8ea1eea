import { RivyaError, type RivyaErrorOptions } from "./rivya-error.js";

const marker = Symbol.for("rivya-kit.not-found-error");

/** The task, file or webhook endpoint does not exist or belongs to another account (HTTP 404 `not_found`). */
export class RivyaNotFoundError extends RivyaError {
  override readonly name: string = "RivyaNotFoundError";

  constructor(message: string, options: RivyaErrorOptions = {}) {
    super(message, options);
    Object.defineProperty(this, marker, { value: true });
  }

  static override isInstance(error: unknown): error is RivyaNotFoundError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
