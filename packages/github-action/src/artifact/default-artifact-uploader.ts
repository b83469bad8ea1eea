import { DefaultArtifactClient } from "@actions/artifact";
import type { ArtifactUploader } from "./upload-video-artifact.js";

/**
 * The runner's artifact service through `@actions/artifact`. It needs `ACTIONS_RUNTIME_TOKEN` and
 * `ACTIONS_RESULTS_URL`, which only a real GitHub-hosted or self-hosted runner provides.
 */
export function createDefaultArtifactUploader(): ArtifactUploader {
  return new DefaultArtifactClient();
}
