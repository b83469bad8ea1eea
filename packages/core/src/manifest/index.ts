export { type ApplyManifestOptions, applyManifest, type ManifestApplyResult } from "./apply-manifest.js";
export { type CheckedManifest, checkManifest } from "./check-manifest.js";
export { type ExpandedVideo, expandManifest, matrixIdPart } from "./expand-manifest.js";
export {
  DEFAULT_MANIFEST_CONCURRENCY,
  DEFAULT_MANIFEST_OUT,
  type Manifest,
  type ManifestDefaults,
  type ManifestVideo,
} from "./manifest.js";
export type { ManifestEvent, VideoOutcome } from "./manifest-event.js";
export type { InspectedFile, ManifestFiles } from "./manifest-files.js";
export {
  emptyLock,
  type LockedUpload,
  type LockedVideo,
  MANIFEST_LOCK_FILE_NAME,
  type ManifestLock,
  parseLock,
  serializeLock,
} from "./manifest-lock.js";
export type { ManifestPlan, PlannedReference, PlannedState, PlannedVideo } from "./manifest-plan.js";
export { describeManifestProblems, type ManifestProblem } from "./manifest-problem.js";
export { type PlanManifestOptions, planManifest } from "./plan-manifest.js";
export { manifestIdempotencyKey, type VideoInputs, videoInputsHash } from "./video-identity.js";
