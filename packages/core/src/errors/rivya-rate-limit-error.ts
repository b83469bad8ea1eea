import { RivyaError, type RivyaErrorOptions } from "./rivya-error.js";

const marker = Symbol.for("rivya-kit.rate-limit-error");

/** Options of a {@link RivyaRateLimitError}. */
export interface RivyaRateLimitErrorOptions extends RivyaErrorOptions {
  /** How long the API asked to wait (`Retry-After`), in milliseconds, when it said so. */
  retryAfterMs?: number | undefined;
}

/** Too many requests (HTTP 429 `rate_limited`), still refused after all retries. */
export class RivyaRateLimitError extends RivyaError {
  override readonly name: string = "RivyaRateLimitError";
  /** How long the API asked to wait before the next attempt, in milliseconds. */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: RivyaRateLimitErrorOptions = {}) {
    super(message, options);
    this.retryAfterMs = options.retryAfterMs;
    Object.defineProperty(this, marker, { value: true });
  }

  static override isInstance(error: unknown): error is RivyaRateLimitError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
