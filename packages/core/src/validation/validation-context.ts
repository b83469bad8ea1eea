import type { ValidationIssue } from "../errors/rivya-validation-error.js";

/** Where the checks of one request collect what they find. */
export interface ValidationContext {
  readonly issues: ValidationIssue[];
  readonly warnings: string[];
}
