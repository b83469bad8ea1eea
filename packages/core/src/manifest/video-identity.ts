import { canonicalJson } from "./canonical-json.js";

/** What determines a video's paid result; reference files count by content, not by name. */
export interface VideoInputs {
  model: string;
  prompt: string | undefined;
  params: Record<string, unknown> | undefined;
  /** SHA-256 of each reference file, in order. */
  references: readonly string[];
}

/** The video's identity: SHA-256 of its inputs as canonical JSON (a renamed file changes nothing). */
export function videoInputsHash(
  inputs: VideoInputs,
  digest: (text: string) => Promise<string>,
): Promise<string> {
  return digest(canonicalJson({ v: 1, ...inputs }));
}

/**
 * The create's idempotency key for one attempt at a video: the same after a crash (the create is
 * answered with the task it made instead of a second charge), a new one per paid retry. The video
 * id is part of it, so two videos declared with the same inputs are two generations.
 */
export function manifestIdempotencyKey(inputsHash: string, attempt: number, videoId: string): string {
  // Keys are 1–255 visible ASCII characters; ids are ASCII already ([A-Za-z0-9._-]).
  return `rivya-manifest-${inputsHash.slice(0, 40)}-${attempt}-${videoId.slice(0, 160)}`;
}
