export { RivyaError, type RivyaErrorOptions } from "./rivya-error.js";
export { RivyaValidationError, type ValidationIssue } from "./rivya-validation-error.js";
