import { RivyaValidationError } from "../errors/rivya-validation-error.js";
import type { GenerationRequest, ValidatedRequest } from "./generation-request.js";
import { getRequestSchema, toIssues } from "./request-schema.js";
import { type ValidateRequestOptions, validateModelRules } from "./validate-model-rules.js";

/**
 * Checks a request against its model's documented rules before anything is sent: first its shape
 * (field types, no unknown top-level field; with zod, so any input is safe, typed or not), then
 * everything `validateModelRules` checks: prompt presence and length, every param, required params,
 * and the reference files (count, kind, type, size).
 * A model id the catalog does not know is passed through with a warning.
 * @returns the body to send (only the params set, normalised) and the warnings.
 * @throws RivyaValidationError listing every problem found.
 */
export function validateRequest(
  request: GenerationRequest,
  options: ValidateRequestOptions = {},
): ValidatedRequest {
  const parsed = getRequestSchema().safeParse(request, { reportInput: true });
  if (!parsed.success) throw new RivyaValidationError(toIssues(parsed.error, request));
  return validateModelRules(parsed.data, options);
}
