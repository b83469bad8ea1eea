import { RivyaError, type RivyaErrorOptions } from "./rivya-error.js";

const marker = Symbol.for("rivya-kit.budget-exceeded-error");

/** The credit estimate of a request is above the caller's `maxCredits`; nothing was sent (code `budget_exceeded`). */
export class RivyaBudgetExceededError extends RivyaError {
  override readonly name: string = "RivyaBudgetExceededError";

  constructor(message: string, options: RivyaErrorOptions = {}) {
    super(message, options);
    Object.defineProperty(this, marker, { value: true });
  }

  static override isInstance(error: unknown): error is RivyaBudgetExceededError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
