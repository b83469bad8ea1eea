import { RivyaError, type RivyaErrorOptions } from "./rivya-error.js";

const marker = Symbol.for("rivya-kit.authentication-error");

/** The API key is missing, invalid, revoked or expired (HTTP 401: `api_key_missing`, `api_key_invalid`, `api_key_revoked`, `api_key_expired`). Not retried. */
export class RivyaAuthenticationError extends RivyaError {
  override readonly name: string = "RivyaAuthenticationError";

  constructor(message: string, options: RivyaErrorOptions = {}) {
    super(message, options);
    Object.defineProperty(this, marker, { value: true });
  }

  static override isInstance(error: unknown): error is RivyaAuthenticationError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
