const marker = Symbol.for("rivya-kit.cli-usage-error");

/**
 * A command line the CLI cannot run (a malformed flag value, a missing prompt): reported before
 * anything is sent, with the exit code for validation errors.
 */
export class CliUsageError extends Error {
  override readonly name: string = "CliUsageError";
  /** The flag or argument at fault, e.g. `--timeout`. */
  readonly field: string | undefined;

  constructor(message: string, field?: string) {
    super(message);
    this.field = field;
    Object.defineProperty(this, marker, { value: true });
  }

  static isInstance(error: unknown): error is CliUsageError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
