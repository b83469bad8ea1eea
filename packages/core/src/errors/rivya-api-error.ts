import { RivyaError, type RivyaErrorOptions } from "./rivya-error.js";

const marker = Symbol.for("rivya-kit.api-error");

/** An HTTP error without a more specific class: 5xx after all retries, or an unknown 4xx code. `status`, `code` and `requestId` come from the response. */
export class RivyaApiError extends RivyaError {
  override readonly name: string = "RivyaApiError";

  constructor(message: string, options: RivyaErrorOptions = {}) {
    super(message, options);
    Object.defineProperty(this, marker, { value: true });
  }

  static override isInstance(error: unknown): error is RivyaApiError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
