import type { UploadSource } from "./file-input.js";
import { readChunks } from "./read-chunks.js";

/** The first bytes of a source, and a source that still yields the whole content. */
export interface PeekedSource {
  head: Uint8Array;
  source: UploadSource;
}

/**
 * Reads at least `byteCount` bytes (or all, if shorter) to sniff the type. A reopenable source is
 * closed and reopened later; a one-shot stream gets the bytes already read put back in front.
 */
export async function peekSource(source: UploadSource, byteCount = 64): Promise<PeekedSource> {
  const iterator = readChunks(source.open());
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (total < byteCount) {
    const next = await iterator.next();
    if (next.done) break;
    chunks.push(next.value);
    total += next.value.byteLength;
  }
  const head = concat(chunks).subarray(0, byteCount);
  if (source.reopenable) {
    await iterator.return(undefined);
    return { head, source };
  }
  let used = false;
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* chunks;
    yield* iterator;
  }
  return {
    head,
    source: {
      ...source,
      open: () => {
        if (used)
          throw new Error("this stream was already read; pass bytes, a Blob or a path to allow retries");
        used = true;
        return replay();
      },
    },
  };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const result = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return result;
}
