const marker = Symbol.for("rivya-kit.command-failure");

/**
 * A command that ran and reported its own result, but must end with a non-zero exit code (a plan
 * with invalid entries or over budget, an apply where some videos failed). Carries the summary
 * line for stderr and, for `--json`, the one document to print.
 */
export class CommandFailure extends Error {
  override readonly name: string = "CommandFailure";
  readonly exitCode: number;
  readonly code: string;
  /** The command's whole JSON document (result and error together). */
  readonly document: Record<string, unknown>;

  constructor(
    message: string,
    options: { exitCode: number; code: string; document: Record<string, unknown> },
  ) {
    super(message);
    this.exitCode = options.exitCode;
    this.code = options.code;
    this.document = options.document;
    Object.defineProperty(this, marker, { value: true });
  }

  static isInstance(error: unknown): error is CommandFailure {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
