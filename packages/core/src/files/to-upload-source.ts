import type { FileData, UploadSource } from "./file-input.js";

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}

/**
 * Wraps raw data as an `UploadSource` without copying it: bytes and Blobs stay reopenable (a
 * retry can resend them); streams are one-shot.
 */
export function toUploadSource(data: FileData, name?: string): UploadSource {
  if (data instanceof ArrayBuffer) return toUploadSource(new Uint8Array(data), name);
  if (data instanceof Uint8Array) {
    return { name, sizeBytes: data.byteLength, reopenable: true, open: () => singleChunk(data) };
  }
  if (typeof Blob !== "undefined" && data instanceof Blob) {
    const fileName = name ?? (typeof (data as File).name === "string" ? (data as File).name : undefined);
    return { name: fileName, sizeBytes: data.size, reopenable: true, open: () => data.stream() };
  }
  if (data instanceof ReadableStream || isAsyncIterable(data)) {
    let opened = false;
    return {
      name,
      reopenable: false,
      open: () => {
        if (opened)
          throw new Error("this stream was already read; pass bytes, a Blob or a path to allow retries");
        opened = true;
        return data;
      },
    };
  }
  throw new TypeError("file: expected bytes, a Blob, a ReadableStream, an async iterable or { path }");
}

async function* singleChunk(data: Uint8Array): AsyncGenerator<Uint8Array> {
  yield data;
}
