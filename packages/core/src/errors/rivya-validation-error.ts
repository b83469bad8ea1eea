import { RivyaError, type RivyaErrorOptions } from "./rivya-error.js";

const marker = Symbol.for("rivya-kit.validation-error");

/** One thing wrong with a request: where, what, what was given, and what is allowed. */
export interface ValidationIssue {
  /** Dotted path of the field, e.g. `params.duration`, `prompt`, `references[1]`. */
  path: string;
  /** Human sentence naming the field, the value and what is allowed. */
  message: string;
  /** The value that was given (absent when the field was missing). */
  received?: unknown;
  /** What would have been accepted: a list of options, a range text, a limit. */
  allowed?: unknown;
}

/**
 * A request was rejected — locally before anything was sent (`code: "local_validation"`), or by
 * the API (`validation_failed`, HTTP 400). `issues` lists every problem found, not just the first.
 */
export class RivyaValidationError extends RivyaError {
  override readonly name: string = "RivyaValidationError";
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], options: RivyaErrorOptions & { message?: string } = {}) {
    super(options.message ?? RivyaValidationError.describe(issues), { code: "local_validation", ...options });
    this.issues = issues;
    Object.defineProperty(this, marker, { value: true });
  }

  /** One line per issue; the first line alone when there is just one. */
  static describe(issues: readonly ValidationIssue[]): string {
    if (issues.length === 0) return "invalid request";
    if (issues.length === 1) return issues[0]!.message;
    return `${issues.length} problems with the request:\n${issues.map((issue) => `- ${issue.message}`).join("\n")}`;
  }

  static override isInstance(error: unknown): error is RivyaValidationError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
