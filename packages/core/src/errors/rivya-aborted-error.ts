import { RivyaError, type RivyaErrorOptions } from "./rivya-error.js";

const marker = Symbol.for("rivya-kit.aborted-error");

/** The caller's `AbortSignal` fired (during a request or a sleep between retries/polls). A task created before the abort keeps running on Rivya: `taskId` says which. */
export class RivyaAbortedError extends RivyaError {
  override readonly name: string = "RivyaAbortedError";

  constructor(message: string, options: RivyaErrorOptions = {}) {
    super(message, options);
    Object.defineProperty(this, marker, { value: true });
  }

  static override isInstance(error: unknown): error is RivyaAbortedError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
