import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import type { IncomingMessage } from "node:http";
import { basename } from "node:path";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";
import { ApiError } from "../http/api-error.js";

/** A multipart upload written to disk while it arrives (never held in memory). */
export interface ReceivedUpload {
  fields: Record<string, string>;
  file: { path: string; name: string; sizeBytes: number; head: Uint8Array } | null;
  /** The file was cut at `maxBytes`. */
  truncated: boolean;
}

const headBytes = 64;

/**
 * Streams `multipart/form-data` with busboy: the `file` part goes straight to `path`, at most
 * `maxBytes` of it; the first bytes are kept for content sniffing.
 */
export async function receiveUpload(
  incoming: IncomingMessage,
  path: string,
  maxBytes: number,
): Promise<ReceivedUpload> {
  const contentType = incoming.headers["content-type"] ?? "";
  if (!/^multipart\/form-data/i.test(contentType)) {
    throw new ApiError(
      "validation_failed",
      `Content-Type: expected multipart/form-data, got "${contentType || "(none)"}"`,
    );
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: incoming.headers,
      limits: { files: 1, fileSize: maxBytes, fields: 16, fieldSize: 4096, parts: 20 },
    });
  } catch (error) {
    throw new ApiError(
      "validation_failed",
      `body: not a valid multipart upload (${(error as Error).message})`,
    );
  }
  const result: ReceivedUpload = { fields: {}, file: null, truncated: false };
  const writes: Promise<void>[] = [];
  parser.on("field", (name, value) => {
    result.fields[name] = value;
  });
  parser.on("file", (name, stream, info) => {
    if (name !== "file" || result.file) {
      stream.resume();
      return;
    }
    const file = {
      path,
      name: basename(info.filename || "upload").slice(0, 255),
      sizeBytes: 0,
      head: new Uint8Array(0),
    };
    result.file = file;
    stream.on("data", (chunk: Buffer) => {
      if (file.head.byteLength < headBytes) {
        file.head = new Uint8Array(
          Buffer.concat([file.head, chunk.subarray(0, headBytes - file.head.byteLength)]),
        );
      }
      file.sizeBytes += chunk.byteLength;
    });
    stream.on("limit", () => {
      result.truncated = true;
    });
    writes.push(pipeline(stream, createWriteStream(path)));
  });
  try {
    await pipeline(incoming, parser);
    await Promise.all(writes);
  } catch (error) {
    await rm(path, { force: true });
    if (error instanceof ApiError) throw error;
    throw new ApiError(
      "validation_failed",
      `body: the multipart upload could not be read (${(error as Error).message})`,
    );
  }
  return result;
}
