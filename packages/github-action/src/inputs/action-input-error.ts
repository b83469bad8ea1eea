const marker = Symbol.for("rivya-kit.action-input-error");

/**
 * An Action input is unusable (missing, malformed or out of range). Always fails the step, whatever
 * `fail-on-error` says: a workflow author must fix the workflow. The message names the input, the
 * value given and what is allowed.
 */
export class ActionInputError extends Error {
  override readonly name: string = "ActionInputError";
  /** The input's name as written in the workflow, e.g. `timeout`. */
  readonly input: string;
  readonly code: string = "invalid_input";

  constructor(input: string, message: string) {
    super(message);
    this.input = input;
    Object.defineProperty(this, marker, { value: true });
  }

  static isInstance(error: unknown): error is ActionInputError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
