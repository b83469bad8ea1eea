import { RivyaError, type RivyaErrorOptions } from "./rivya-error.js";

const marker = Symbol.for("rivya-kit.insufficient-credits-error");

/** Not enough credits: the API refused a create (HTTP 402 `insufficient_credits`, no task was made), or the local balance check in `generate` found the balance below the estimate (`checkBalance`). */
export class RivyaInsufficientCreditsError extends RivyaError {
  override readonly name: string = "RivyaInsufficientCreditsError";

  constructor(message: string, options: RivyaErrorOptions = {}) {
    super(message, options);
    Object.defineProperty(this, marker, { value: true });
  }

  static override isInstance(error: unknown): error is RivyaInsufficientCreditsError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
