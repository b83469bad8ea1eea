import type { MediaKind } from "../catalog/media-kind.js";
import type { FileInput } from "./file-input.js";

/** Progress of an upload: bytes of the file handed to the transport so far. */
export interface UploadProgress {
  sentBytes: number;
  /** Undefined for a stream of unknown length. */
  totalBytes: number | undefined;
}

/** What `files.upload` sends. */
export interface UploadFileParams {
  /** The content: bytes, Blob, web/Node stream, `{ path }` (Node edge) or an `UploadSource`. */
  file: FileInput;
  /**
   * `image`, `video` or `audio`.
   * @default the kind sniffed from the content
   */
  kind?: MediaKind | undefined;
  /** Check (locally and on the API) against this model's own reference limits. */
  model?: string | undefined;
  /** File name sent to the API. @default the source's name, else `reference` */
  name?: string | undefined;
  /** Your id for the upload (≤ 128 characters), echoed by the API. */
  clientRequestId?: string | undefined;
  signal?: AbortSignal | undefined;
  /**
   * Per-attempt limit for the upload request, in milliseconds.
   * @default 600000 (10 minutes)
   */
  timeoutMs?: number | undefined;
  /** Called as chunks are handed to the transport. */
  onProgress?: ((progress: UploadProgress) => void) | undefined;
}

/** Default per-attempt limit of an upload. */
export const DEFAULT_UPLOAD_TIMEOUT_MS = 600_000;

/** Re-export for readers who look for the input type here. */
export type { FileInput };
