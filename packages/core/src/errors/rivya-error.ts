const marker = Symbol.for("rivya-kit.error");

/** Fields every rivya-kit error may carry. */
export interface RivyaErrorOptions {
  /** The API's error `code` (e.g. `validation_failed`), or a local code for local failures. */
  code?: string | undefined;
  /** HTTP status of the response that caused the error, when there was one. */
  status?: number | undefined;
  /** Rivya's `requestId` from the error envelope, for support tickets. */
  requestId?: string | undefined;
  /** The generation task this error concerns. Set whenever a task exists, so a paid job is never orphaned. */
  taskId?: string | undefined;
  /**
   * The `Idempotency-Key` of the create this error concerns. Re-sending the same request with this
   * key returns the task it created (if any) instead of creating and charging a second one.
   */
  idempotencyKey?: string | undefined;
  /**
   * True when a create was sent and its outcome is unknown (the connection broke after sending, a
   * 5xx, a timeout, an unreadable answer): a task may exist and be charged although `taskId` is
   * unknown. Re-run with `idempotencyKey` to reattach to it without paying twice.
   */
  taskMayExist?: boolean | undefined;
  cause?: unknown;
}

/**
 * Base class of every error rivya-kit throws. Use the static `isInstance` checks rather than
 * `instanceof`: they survive duplicate installs of the package (the marker is a global symbol).
 */
export class RivyaError extends Error {
  override readonly name: string = "RivyaError";
  readonly code: string | undefined;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  taskId: string | undefined;
  /** The create's `Idempotency-Key`: re-run with it to reattach instead of paying twice. */
  idempotencyKey: string | undefined;
  /** A create may have made a task (outcome unknown): reattach with `idempotencyKey`. */
  taskMayExist: boolean;

  constructor(message: string, options: RivyaErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.status = options.status;
    this.requestId = options.requestId;
    this.taskId = options.taskId;
    this.idempotencyKey = options.idempotencyKey;
    this.taskMayExist = options.taskMayExist ?? false;
    // Non-enumerable global-symbol marker: recognised by isInstance across duplicate installs.
    Object.defineProperty(this, marker, { value: true });
  }

  static isInstance(error: unknown): error is RivyaError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
