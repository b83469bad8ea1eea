import { RivyaError, type RivyaErrorOptions } from "./rivya-error.js";

const marker = Symbol.for("rivya-kit.timeout-error");

/** Options of a {@link RivyaTimeoutError}. */
export interface RivyaTimeoutErrorOptions extends RivyaErrorOptions {
  /** The limit that was reached, in milliseconds. */
  timeoutMs: number;
}

/**
 * A time limit was reached: one HTTP request (`code: "request_timeout"`), the overall wait for a
 * task (`code: "wait_timeout"`), or `generate`'s deadline before any task existed
 * (`code: "generate_timeout"`). After `wait_timeout` the task keeps running on Rivya (there is no
 * cancel endpoint): `taskId` tells which one, so it can be fetched later.
 */
export class RivyaTimeoutError extends RivyaError {
  override readonly name: string = "RivyaTimeoutError";
  /** The limit that was reached, in milliseconds. */
  readonly timeoutMs: number;

  constructor(message: string, options: RivyaTimeoutErrorOptions) {
    super(message, options);
    this.timeoutMs = options.timeoutMs;
    Object.defineProperty(this, marker, { value: true });
  }

  static override isInstance(error: unknown): error is RivyaTimeoutError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
