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
 * The create's idempotency key for one attempt at these inputs: the same after a crash (the create
 * is answered with the task it made instead of a second charge), a new one per paid retry.
 */
export function manifestIdempotencyKey(inputsHash: string, attempt: number): string {
  return `rivya-manifest-${inputsHash.slice(0, 40)}-${attempt}`;
}
