import { Transform } from "node:stream";
import type { MediaKind } from "../catalog/media-kind.js";
import { RivyaDownloadError } from "../errors/rivya-download-error.js";
import type { DownloadProgress } from "../generate/downloader.js";
import { sniffMediaType } from "../validation/sniff-media-type.js";

/** Counts, limits and sniffs a download's bytes across attempts (a resumed body continues the count). */
export interface MediaBodyCheck {
  readonly receivedBytes: number;
  /** The sniffed MIME type once 64 bytes (or the whole body) have been seen. */
  readonly mimeType: string | undefined;
  /** A pass-through for one attempt's body; `onChunk` runs on every chunk (idle timer). */
  stream(onChunk: () => void): Transform;
  /** Sniffs a body shorter than 64 bytes at its end. @throws RivyaDownloadError */
  finish(): string;
  /** Starts over (the server sent the whole body again instead of the range asked for). */
  reset(): void;
  /**
   * Goes back to the bytes actually on disk after a dropped connection (chunks still queued for
   * the file are lost with the stream). Under 64 bytes, the sniffed head goes too: start over.
   */
  rewind(savedBytes: number): void;
}

/** What `createMediaBodyCheck` enforces and reports. */
export interface MediaBodyCheckOptions {
  maxBytes: number | undefined;
  kinds: readonly MediaKind[];
  totalBytes: number | undefined;
  onProgress: ((progress: DownloadProgress) => void) | undefined;
}

function unexpectedType(detail: string, kinds: readonly MediaKind[]): RivyaDownloadError {
  return new RivyaDownloadError(`Download refused: the content ${detail} (allowed: ${kinds.join(", ")})`, {
    code: "download_unexpected_type",
  });
}

/** Refuses more than `maxBytes` and content whose first bytes are not one of `kinds` (an HTML page). */
export function createMediaBodyCheck(options: MediaBodyCheckOptions): MediaBodyCheck {
  const { maxBytes, kinds } = options;
  let receivedBytes = 0;
  let head = Buffer.alloc(0);
  let mimeType: string | undefined;
  const sniff = (detail: string): string => {
    const sniffed = sniffMediaType(head);
    if (!sniffed) throw unexpectedType(detail, kinds);
    if (!kinds.includes(sniffed.kind)) throw unexpectedType(`is ${sniffed.mimeType}`, kinds);
    return sniffed.mimeType;
  };
  const take = (chunk: Buffer): void => {
    receivedBytes += chunk.length;
    if (maxBytes !== undefined && receivedBytes > maxBytes) {
      throw new RivyaDownloadError(`Download refused: more than maxBytes ${maxBytes} bytes`, {
        code: "download_too_large",
      });
    }
    if (mimeType === undefined && head.length < 64) {
      head = Buffer.concat([head, chunk.subarray(0, 64 - head.length)]);
      if (head.length >= 64) mimeType = sniff("is not a recognised media type");
    }
    options.onProgress?.({ receivedBytes, totalBytes: options.totalBytes });
  };
  const reset = (): void => {
    receivedBytes = 0;
    head = Buffer.alloc(0);
    mimeType = undefined;
  };
  return {
    get receivedBytes() {
      return receivedBytes;
    },
    get mimeType() {
      return mimeType;
    },
    stream: (onChunk) =>
      new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          try {
            take(chunk);
          } catch (error) {
            callback(error as Error);
            return;
          }
          onChunk();
          callback(null, chunk);
        },
      }),
    finish: () => {
      mimeType ??= sniff(`(${receivedBytes} bytes) is not a recognised media type`);
      return mimeType;
    },
    reset,
    rewind: (savedBytes) => {
      if (savedBytes < 64) reset();
      else receivedBytes = Math.min(receivedBytes, savedBytes);
    },
  };
}
