import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { link, mkdir, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { MediaKind } from "../catalog/media-kind.js";
import { openDownload } from "../client/open-download.js";
import { retryDelay } from "../client/retry-policy.js";
import type { RivyaClient } from "../client/rivya-client.js";
import { RivyaAbortedError } from "../errors/rivya-aborted-error.js";
import { RivyaDownloadError } from "../errors/rivya-download-error.js";
import { RivyaError } from "../errors/rivya-error.js";
import { RivyaTimeoutError } from "../errors/rivya-timeout-error.js";
import type { DownloadedFile, DownloadProgress } from "../generate/downloader.js";
import { raceSignal } from "../transport/race-signal.js";
import type { Transport } from "../transport/transport.js";
import { continuesAt, isDroppedConnection, resumeHeaders } from "./download-resume.js";
import { createMediaBodyCheck } from "./media-body-check.js";
import { nodeHttpTransport } from "./node-http-transport.js";
import { nodeSleep } from "./node-sleep.js";

/** Options of `downloadToFile`. */
export interface DownloadToFileOptions {
  /**
   * Fetch through this client: its transport, and its API key only when the URL is on the API's
   * own origin. Without it, the URL is fetched with no credentials at all.
   */
  client?: RivyaClient | undefined;
  /** Transport when no client is given. @default the Node edge's `node:http(s)` transport */
  fetch?: Transport | undefined;
  signal?: AbortSignal | undefined;
  /** Limit until the response headers arrive, in milliseconds. @default the client's `timeoutMs`, else 60000 */
  timeoutMs?: number | undefined;
  /**
   * Longest pause between two chunks of the body before the download is abandoned, in milliseconds.
   * @default 60000
   */
  idleTimeoutMs?: number | undefined;
  /** Refuse bodies larger than this (checked against Content-Length first, then while streaming). */
  maxBytes?: number | undefined;
  /**
   * Media kinds accepted, recognised from the first bytes (an HTML error page is never saved as a video).
   * @default ["image", "video", "audio"]
   */
  kinds?: readonly MediaKind[] | undefined;
  /** Replace an existing file. @default false */
  overwrite?: boolean | undefined;
  /**
   * File name used when `destination` is a directory; without an extension, the one of the sniffed
   * type is added. @default the URL's file name
   */
  fileName?: string | undefined;
  onProgress?: ((progress: DownloadProgress) => void) | undefined;
  /**
   * Times a body whose connection dropped is resumed from the bytes already written (after a
   * short backoff, through the client's `sleep`). @default 3
   */
  maxResumes?: number | undefined;
}

const extensions: Record<string, string> = {
  "video/mp4": ".mp4",
  "video/quicktime": ".mov",
  "video/webm": ".webm",
  "image/png": ".png",
  "image/jpeg": ".jpg",
  "image/webp": ".webp",
  "audio/mpeg": ".mp3",
  "audio/wav": ".wav",
  "audio/ogg": ".ogg",
  "audio/aac": ".aac",
  "audio/mp4": ".m4a",
};

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Streams `url` to `destination` (a file path, or a directory: then the name comes from the URL)
 * through a temp file in the same directory, renamed into place only when complete and checked:
 * readers never see a partial file. Memory stays at one chunk whatever the size. A body whose
 * connection drops is resumed from the bytes already written (`Range`; a server that answers with
 * the whole body again starts over), up to `maxResumes` times.
 * @throws RivyaDownloadError (HTTP error, too large, unexpected type, file exists), RivyaAbortedError, RivyaTimeoutError
 */
export async function downloadToFile(
  url: string,
  destination: string,
  options: DownloadToFileOptions = {},
): Promise<DownloadedFile> {
  // Through a client, its own `timeoutMs` (and sleep) applies unless this call sets one.
  const timeoutMs = options.timeoutMs;
  const open = (headers?: Record<string, string>) =>
    options.client
      ? options.client.openDownload(url, { signal: options.signal, timeoutMs, headers })
      : openDownload(
          url,
          { signal: options.signal, timeoutMs: timeoutMs ?? 60_000, headers },
          {
            transport: options.fetch ?? nodeHttpTransport,
            sleep: nodeSleep,
            apiKey: undefined,
            apiOrigin: "",
            userAgent: "rivya-kit",
          },
        );
  const first = await open();
  const { maxBytes } = options;
  const lengthHeader = first.headers.get("content-length");
  const totalBytes = lengthHeader === null ? undefined : Number(lengthHeader);
  if (maxBytes !== undefined && totalBytes !== undefined && totalBytes > maxBytes) {
    await first.body?.cancel().catch(() => undefined);
    throw new RivyaDownloadError(`Download refused: ${totalBytes} bytes exceed maxBytes ${maxBytes}`, {
      code: "download_too_large",
    });
  }
  if (!first.body)
    throw new RivyaDownloadError(`Download of ${url} has no body`, { code: "download_failed" });

  const toDirectory =
    destination.endsWith("/") || destination.endsWith("\\") || (await isDirectory(destination));
  const directory = toDirectory ? destination : dirname(destination);
  await mkdir(directory, { recursive: true });
  const temp = join(directory, `.rivya-${randomBytes(6).toString("hex")}.part`);
  const check = createMediaBodyCheck({
    maxBytes,
    kinds: options.kinds ?? ["image", "video", "audio"],
    totalBytes,
    onProgress: options.onProgress,
  });
  // A stalled connection must not hang the caller forever: abort when no chunk came for a while.
  const idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
  let idle = new AbortController();
  const maxResumes = options.maxResumes ?? 3;
  const sleep = options.client?.runtime.sleep ?? nodeSleep;
  const random = options.client?.runtime.random ?? Math.random;
  let response = first;
  try {
    for (let resume = 0; ; resume++) {
      idle = new AbortController();
      const stall = idle;
      const idleTimer = setTimeout(() => stall.abort(), idleTimeoutMs);
      const signal = options.signal ? AbortSignal.any([options.signal, stall.signal]) : stall.signal;
      // The temp name is fresh ("wx"); after a restart it is emptied ("w"), after a resume appended to.
      const flags = resume === 0 ? "wx" : check.receivedBytes === 0 ? "w" : "a";
      let dropped: unknown;
      try {
        const body = Readable.fromWeb(response.body as import("node:stream/web").ReadableStream<Uint8Array>);
        await pipeline(
          body,
          check.stream(() => idleTimer.refresh()),
          createWriteStream(temp, { flags }),
          {
            signal,
          },
        );
        if (totalBytes === undefined || check.receivedBytes >= totalBytes) break;
        // The server ended the body early: as good as a dropped connection.
        dropped = new RivyaDownloadError(
          `Download incomplete: ${check.receivedBytes} of ${totalBytes} bytes`,
          {
            code: "download_incomplete",
          },
        );
      } catch (error) {
        if (!isDroppedConnection(error) || signal.aborted) throw error;
        dropped = error;
      } finally {
        clearTimeout(idleTimer);
      }
      if (resume >= maxResumes) throw dropped;
      check.rewind((await stat(temp)).size);
      await raceSignal(sleep(retryDelay(resume, undefined, random), options.signal), options.signal);
      response = await open(check.receivedBytes > 0 ? resumeHeaders(check.receivedBytes, first) : undefined);
      if (response.status === 200) check.reset();
      else if (!continuesAt(response, check.receivedBytes, totalBytes)) {
        await response.body?.cancel().catch(() => undefined);
        throw new RivyaDownloadError(
          `Download of ${url} could not resume at byte ${check.receivedBytes}: HTTP ${response.status} ${response.headers.get("content-range") ?? ""}`.trim(),
          { code: "download_failed", status: response.status },
        );
      }
      if (!response.body)
        throw new RivyaDownloadError(`Download of ${url} has no body`, { code: "download_failed" });
    }
    const receivedBytes = check.receivedBytes;
    if (totalBytes !== undefined && receivedBytes !== totalBytes) {
      throw new RivyaDownloadError(`Download incomplete: ${receivedBytes} of ${totalBytes} bytes`, {
        code: "download_incomplete",
      });
    }
    const mimeType = check.finish();
    const target = toDirectory ? join(directory, fileNameFor(url, options.fileName, mimeType)) : destination;
    if (options.overwrite) {
      await rename(temp, target);
    } else {
      // link() fails when the target exists: an atomic "create only if absent".
      try {
        await link(temp, target);
      } catch (error) {
        if ((error as { code?: string }).code === "EEXIST") {
          throw new RivyaDownloadError(
            `Download not saved: ${target} exists (pass overwrite: true to replace it)`,
            {
              code: "download_exists",
            },
          );
        }
        throw error;
      }
      await unlink(temp);
    }
    return { url, path: target, sizeBytes: receivedBytes, mimeType };
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    if (RivyaError.isInstance(error)) throw error;
    if (options.signal?.aborted) {
      throw new RivyaAbortedError("The download was aborted", { code: "aborted", cause: error });
    }
    if (idle.signal.aborted) {
      throw new RivyaTimeoutError(`Download of ${url} stalled: no data for ${idleTimeoutMs} ms`, {
        code: "download_stalled",
        timeoutMs: idleTimeoutMs,
        cause: error,
      });
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new RivyaDownloadError(`Download of ${url} failed: ${reason}`, {
      code: "download_failed",
      cause: error,
    });
  }
}

function fileNameFor(url: string, given: string | undefined, mimeType: string): string {
  const name = given ?? basename(new URL(url).pathname);
  if (name && extname(name)) return name;
  return `${name || "result"}${extensions[mimeType] ?? ""}`;
}
