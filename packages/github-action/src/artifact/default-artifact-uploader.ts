import type { ArtifactUploader } from "./upload-video-artifact.js";

/**
 * The runner's artifact service through `@actions/artifact`. It needs `ACTIONS_RUNTIME_TOKEN` and
 * `ACTIONS_RESULTS_URL`, which only a real GitHub-hosted or self-hosted runner provides.
 * Loaded on demand: it is most of the bundle, and most steps upload nothing.
 */
export async function createDefaultArtifactUploader(): Promise<ArtifactUploader> {
  const { DefaultArtifactClient } = await import("@actions/artifact");
  return new DefaultArtifactClient();
}
