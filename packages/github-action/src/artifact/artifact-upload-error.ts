const marker = Symbol.for("rivya-kit.artifact-upload-error");

/**
 * Uploading the downloaded video as an artifact failed (`error-code: artifact_upload_failed`).
 * The generation itself succeeded: `status` stays `succeeded` and `video-path` is set.
 */
export class ArtifactUploadError extends Error {
  override readonly name: string = "ArtifactUploadError";
  readonly code: string = "artifact_upload_failed";

  constructor(cause: unknown) {
    super(`Uploading the artifact failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    Object.defineProperty(this, marker, { value: true });
  }

  static isInstance(error: unknown): error is ArtifactUploadError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
