import { RivyaError, type RivyaErrorOptions } from "./rivya-error.js";

const marker = Symbol.for("rivya-kit.permission-error");

/** The API key lacks the scope this call needs (HTTP 403 `api_scope_denied`). Not retried. */
export class RivyaPermissionError extends RivyaError {
  override readonly name: string = "RivyaPermissionError";

  constructor(message: string, options: RivyaErrorOptions = {}) {
    super(message, options);
    Object.defineProperty(this, marker, { value: true });
  }

  static override isInstance(error: unknown): error is RivyaPermissionError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
