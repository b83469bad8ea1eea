export {
  type CheckReferenceFileOptions,
  checkReferenceFile,
  describeAcceptedReferences,
  referenceKind,
} from "./check-reference-file.js";
export {
  defaultReferenceLimits,
  type EffectiveReferenceRules,
  referenceRulesFor,
} from "./default-reference-rules.js";
export { defineRequest } from "./define-request.js";
export type {
  GenerationBody,
  GenerationRequest,
  ReferenceDescriptor,
  ReferenceMediaItem,
  TypedGenerationRequest,
  ValidatedRequest,
} from "./generation-request.js";
export { type SniffedMediaType, sniffMediaType } from "./sniff-media-type.js";
export { type ValidateRequestOptions, validateModelRules } from "./validate-model-rules.js";
export { describeParamAllowed } from "./validate-param-value.js";
export { promptLength } from "./validate-prompt.js";
export { validateRequest } from "./validate-request.js";
