import { type Catalog, defaultCatalog } from "../catalog/catalog.js";
import { RivyaValidationError } from "../errors/rivya-validation-error.js";
import type {
  GenerationBody,
  GenerationRequest,
  ReferenceDescriptor,
  ValidatedRequest,
} from "./generation-request.js";
import { getRequestSchema, toIssues } from "./request-schema.js";
import { referenceItemsKey, validateParams } from "./validate-params.js";
import { validatePrompt } from "./validate-prompt.js";
import { validateReferences } from "./validate-references.js";
import type { ValidationContext } from "./validation-context.js";

/** Options of `validateRequest`. */
export interface ValidateRequestOptions {
  /** The catalog to check against, e.g. one merged with `GET /models`. @default the built-in catalog */
  catalog?: Catalog | undefined;
}

/**
 * Checks a request against its model's documented rules before anything is sent: prompt presence
 * and length, every param, required params, and the reference files (count, kind, type, size).
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
  const input = parsed.data;
  const context: ValidationContext = { issues: [], warnings: [] };
  const definition = (options.catalog ?? defaultCatalog).get(input.model);
  const body: GenerationBody = { model: input.model };
  const descriptors = (input.references ?? []) as ReferenceDescriptor[];
  let references: ReferenceDescriptor[];

  if (definition === undefined) {
    context.warnings.push(
      `model "${input.model}" is not in the catalog: prompt and params are sent without local checks`,
    );
    if (input.prompt !== undefined && input.prompt !== null) body.prompt = input.prompt;
    if (input.params !== undefined && input.params !== null) body.params = input.params;
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
    const prompt = validatePrompt(input.prompt, definition, context);
    if (prompt !== undefined) body.prompt = prompt;
    const params = validateParams(input.params, definition, context);
    if (params !== undefined) body.params = params;
    references = validateReferences(descriptors, params?.[referenceItemsKey], definition, context);
  }
  if (input.client_request_id !== undefined && input.client_request_id !== null) {
    body.client_request_id = input.client_request_id;
  }
  if (context.issues.length > 0) throw new RivyaValidationError(context.issues);
  return { model: input.model, definition, body, references, warnings: context.warnings };
}
