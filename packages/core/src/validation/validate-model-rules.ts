import { type Catalog, defaultCatalog } from "../catalog/catalog.js";
import { RivyaValidationError } from "../errors/rivya-validation-error.js";
import type {
  GenerationBody,
  GenerationRequest,
  ReferenceDescriptor,
  ValidatedRequest,
} from "./generation-request.js";
import type { RequestShape } from "./request-schema.js";
import { referenceItemsKey, validateParams } from "./validate-params.js";
import { validatePrompt } from "./validate-prompt.js";
import { validateReferences } from "./validate-references.js";
import type { ValidationContext } from "./validation-context.js";

/** Options of `validateModelRules` and `validateRequest`. */
export interface ValidateRequestOptions {
  /** The catalog to check against, e.g. one merged with `GET /models`. @default the built-in catalog */
  catalog?: Catalog | undefined;
}

/**
 * Checks a request against its model's rules in the catalog, as `validateRequest` does, with the same
 * issues and messages: model availability, prompt presence and length, every param (unknown keys,
 * options, ranges, steps, required), and the reference files (count, combinations, kind, type, size).
 * A model id the catalog does not know is passed through with a warning.
 *
 * It trusts the request's own shape (a string `model`, a string `prompt`, an object `params`, an
 * array of file descriptors, no other fields), which TypeScript guarantees for a typed
 * `GenerationRequest`; `validateRequest` checks that shape first (with zod), so untyped input
 * (parsed JSON, workflow data) goes there. Without that check this function needs no zod: a page
 * that validates and prices requests bundles it with the whole catalog well within 12 KB gz.
 * @returns the body to send (only the params set, normalised) and the warnings.
 * @throws RivyaValidationError listing every problem found.
 * @example validateModelRules({ model: "kling-3-0", prompt: "A fox", params: { duration: 10 } })
 */
export function validateModelRules(
  request: GenerationRequest | RequestShape,
  options: ValidateRequestOptions = {},
): ValidatedRequest {
  const context: ValidationContext = { issues: [], warnings: [] };
  const definition = (options.catalog ?? defaultCatalog).get(request.model);
  const body: GenerationBody = { model: request.model };
  const descriptors = (request.references ?? []) as ReferenceDescriptor[];
  let references: ReferenceDescriptor[];

  if (definition === undefined) {
    context.warnings.push(
      `model "${request.model}" is not in the catalog: prompt and params are sent without local checks`,
    );
    if (request.prompt !== undefined && request.prompt !== null) body.prompt = request.prompt;
    if (request.params !== undefined && request.params !== null) body.params = request.params;
    references = validateReferences(descriptors, undefined, undefined, context);
  } else {
    if (definition.apiStatus !== undefined && definition.apiStatus !== "available") {
      context.issues.push({
        path: "model",
        message: `model: "${definition.id}" is not available through the API (api_status: ${definition.apiStatus}; allowed: models whose api_status is available)`,
        received: definition.id,
        allowed: "available",
      });
    }
    const prompt = validatePrompt(request.prompt, definition, context);
    if (prompt !== undefined) body.prompt = prompt;
    const params = validateParams(request.params, definition, context);
    if (params !== undefined) body.params = params;
    references = validateReferences(descriptors, params?.[referenceItemsKey], definition, context);
  }
  if (request.client_request_id !== undefined && request.client_request_id !== null) {
    body.client_request_id = request.client_request_id;
  }
  if (context.issues.length > 0) throw new RivyaValidationError(context.issues);
  return { model: request.model, definition, body, references, warnings: context.warnings };
}
