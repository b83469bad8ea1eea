import { RivyaError, type RivyaErrorOptions } from "./rivya-error.js";

const marker = Symbol.for("rivya-kit.api-disabled-error");

/** The public API is switched off for this account or globally (HTTP 503 `public_api_disabled`). Not retried: it is a state, not a hiccup. */
export class RivyaApiDisabledError extends RivyaError {
  override readonly name: string = "RivyaApiDisabledError";

  constructor(message: string, options: RivyaErrorOptions = {}) {
    super(message, options);
    Object.defineProperty(this, marker, { value: true });
  }

  static override isInstance(error: unknown): error is RivyaApiDisabledError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
