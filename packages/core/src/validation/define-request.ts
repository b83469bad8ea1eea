import type { KnownModelId } from "../catalog/model-types.js";
import type { TypedGenerationRequest } from "./generation-request.js";

/**
 * Returns the request unchanged; it exists for the types: editors complete the model id, then that
 * model's params and their options, and flag a value the model does not offer.
 * @example defineRequest({ model: "kling-3-0", prompt: "A fox", params: { duration: 10 } })
 */
export function defineRequest<Model extends KnownModelId>(
  request: TypedGenerationRequest<Model>,
): TypedGenerationRequest<Model> {
  return request;
}
