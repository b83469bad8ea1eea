/** Raw file content the client can stream: bytes, a Blob/File, a web stream or any async iterable (Node streams). */
export type FileData =
  | Uint8Array
  | ArrayBuffer
  | Blob
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>;

/**
 * A file that can be opened (and, when `reopenable`, opened again for a retry) without reading it
 * into memory. `@rivya-kit/core/node` makes these from paths; n8n makes them from binary data.
 */
export interface UploadSource {
  /** File name sent to the API (not used for the type: that is sniffed from the content). */
  name?: string | undefined;
  /** Size in bytes when known; lets size limits be checked before anything is read or sent. */
  sizeBytes?: number | undefined;
  /** Opens the content from its first byte. */
  open(): ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;
  /** True when `open` may be called again (a path, bytes); false for a one-shot stream. */
  reopenable: boolean;
}

/**
 * Anything `files.upload` and `generate` references accept: raw data, an `UploadSource`, or
 * `{ path }` (read by the client's `openFile`, which `@rivya-kit/core/node` provides).
 */
export type FileInput = FileData | UploadSource | { path: string };

/** True for an `UploadSource`. */
export function isUploadSource(value: unknown): value is UploadSource {
  return typeof value === "object" && value !== null && typeof (value as UploadSource).open === "function";
}

/** True for `{ path }`. */
export function isPathInput(value: unknown): value is { path: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { path?: unknown }).path === "string" &&
    !isUploadSource(value)
  );
}
