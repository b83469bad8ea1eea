import type { TaskStatus } from "../client/task.js";
import { RivyaError } from "../errors/rivya-error.js";
import type { ReferenceMediaItem } from "../validation/generation-request.js";
import { canonicalJson } from "./canonical-json.js";

/** A reference file uploaded for a video, kept so a re-sent create has the very same body. */
export interface LockedUpload {
  /** SHA-256 of the file's content. */
  sha256: string;
  /** The item sent in `params.referenceMediaItems`. */
  item: ReferenceMediaItem;
  /** When the Files API drops the file (ISO); it is uploaded again after that. */
  expiresAt: string | undefined;
}

/** What the lock file records for one video. Never holds the API key. */
export interface LockedVideo {
  /** Hash of model, prompt, params and each reference file's content: the video's identity. */
  inputsHash: string;
  model: string;
  /**
   * Paid attempts for these inputs: a new one after a failed task or `--force`. Part of the
   * idempotency key, so a repeated create of the same attempt reattaches instead of paying again.
   */
  attempt: number;
  /** The create's `Idempotency-Key` (derived from `inputsHash` and `attempt`). */
  idempotencyKey: string;
  /** The task, once it exists. */
  taskId: string | undefined;
  /** `uploading` (references recorded, no task yet), the task's status, or `failed`. */
  status: "uploading" | TaskStatus;
  /** Reserved credits while running, the final charge when finished. */
  credits: number | undefined;
  resultUrl: string | undefined;
  /** The output file, relative to the manifest. */
  output: string;
  /** SHA-256 of the saved output. */
  outputSha256: string | undefined;
  /** The failure, for a failed task. */
  error: string | undefined;
  uploads: LockedUpload[];
}

/** The lock file (`rivya.lock.json` next to the manifest), meant to be committed. */
export interface ManifestLock {
  version: 1;
  videos: Record<string, LockedVideo>;
}

/** The lock file's name next to a manifest. */
export const MANIFEST_LOCK_FILE_NAME: string = "rivya.lock.json";

/** An empty lock. */
export function emptyLock(): ManifestLock {
  return { version: 1, videos: {} };
}

/** The lock as stable text: keys sorted at every level, two-space indent, final newline (small diffs). */
export function serializeLock(lock: ManifestLock): string {
  return `${canonicalJson(lock, 2)}\n`;
}

/** Reads a lock file's text; `undefined` or empty text is an empty lock. Throws on another version. */
export function parseLock(text: string | undefined): ManifestLock {
  if (text === undefined || text.trim() === "") return emptyLock();
  let data: Partial<ManifestLock>;
  try {
    data = JSON.parse(text) as Partial<ManifestLock>;
  } catch (cause) {
    throw new RivyaError("lock file: not valid JSON (delete it to start over: every video is then new)", {
      code: "invalid_lock",
      cause,
    });
  }
  if (data?.version !== 1 || typeof data.videos !== "object" || data.videos === null) {
    throw new RivyaError(
      `lock file: version ${JSON.stringify(data?.version)} is not supported (allowed: 1)`,
      {
        code: "invalid_lock",
      },
    );
  }
  return { version: 1, videos: { ...data.videos } };
}
