// `@rivya-kit/core/catalog`: the model catalog, request validation and credit estimates.
// Pure (no I/O): the emulator uses this entry without the HTTP client.
export { RivyaError } from "../errors/rivya-error.js";
export { RivyaValidationError, type ValidationIssue } from "../errors/rivya-validation-error.js";
export * from "../estimate/index.js";
export * from "../validation/index.js";
export {
  type Catalog,
  createCatalog,
  defaultCatalog,
  getModel,
  type ListModelsOptions,
  listModels,
} from "./catalog.js";
export { type LiveModel, parseLiveModel } from "./live-model.js";
export { isMediaKind, type MediaKind, mediaKinds } from "./media-kind.js";
export { type MergedCatalog, mergeLiveModels } from "./merge-live-models.js";
export type {
  ApiStatus,
  BillingType,
  ModelCategory,
  ModelDefinition,
  ModelInput,
  ParamDefinition,
  ReferenceRules,
} from "./model-definition.js";
export type { KnownModelId, ModelId, ModelParams, ParamsOf, ParamValue } from "./model-types.js";
export { models } from "./models.js";

/** The API version this catalog describes (the date Rivya reviewed its documentation). */
export const CATALOG_API_VERSION = "2026-05-11" as const;
