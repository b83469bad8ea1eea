import type { Random } from "../transport/sleep.js";
import { readChunks } from "./read-chunks.js";

/** One file part of a multipart body. */
export interface MultipartFile {
  field: string;
  name: string;
  contentType: string;
  content: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;
}

/** A streamed `multipart/form-data` body and its `Content-Type` header (with the boundary). */
export interface MultipartBody {
  contentType: string;
  body: ReadableStream<Uint8Array<ArrayBuffer>>;
}

function quote(value: string): string {
  return value.replace(/[\r\n"\\]/g, (character) => encodeURIComponent(character));
}

/**
 * Encodes text fields and one file as `multipart/form-data`, streaming the file chunk by chunk:
 * memory use stays at one chunk whatever the file size. Works wherever `ReadableStream` exists.
 */
export function createMultipartStream(
  fields: Record<string, string | undefined>,
  file: MultipartFile,
  random: Random,
): MultipartBody {
  const boundary = `----rivya-kit-${Array.from({ length: 24 }, () => Math.floor(random() * 36).toString(36)).join("")}`;
  const encoder = new TextEncoder();
  let head = "";
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    head += `--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`;
  }
  head +=
    `--${boundary}\r\nContent-Disposition: form-data; name="${quote(file.field)}"; filename="${quote(file.name)}"\r\n` +
    `Content-Type: ${file.contentType}\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  async function* parts(): AsyncGenerator<Uint8Array<ArrayBuffer>> {
    yield encoder.encode(head);
    for await (const chunk of readChunks(file.content)) {
      // Copy only when the chunk is a view over a shared or larger buffer type fetch cannot take.
      yield chunk.buffer instanceof ArrayBuffer ? (chunk as Uint8Array<ArrayBuffer>) : new Uint8Array(chunk);
    }
    yield encoder.encode(tail);
  }
  const iterator = parts();
  const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await iterator.return(undefined);
    },
  });
  return { contentType: `multipart/form-data; boundary=${boundary}`, body };
}
