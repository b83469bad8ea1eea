import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { Hono } from "hono";
import { ApiError } from "../http/api-error.js";
import type { AppEnv } from "../http/app-env.js";
import { type ByteRange, parseByteRange, rangeHeaders } from "../media/byte-range.js";
import { assertLargeMp4Size, largeMp4Stream } from "../media/large-mp4-stream.js";
import { taskResult } from "../media/task-result.js";
import { testCardVideo } from "../media/test-card-video.js";
import type { EmulatorState } from "../state/emulator-state.js";
import { taskStatus } from "../state/task-record.js";

const resultLifetimeMs = 24 * 60 * 60 * 1000;

/**
 * What result and file URLs point at (no API key needed, like a signed CDN URL): task results,
 * uploaded files, and `/media/large.mp4?size=…` for download tests.
 */
export function mediaRoutes(state: EmulatorState): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get("/media/results/:taskId/:file", async (c) => {
    state.settle();
    const task = state.tasks.get(c.req.param("taskId"));
    const index = Number.parseInt(c.req.param("file"), 10);
    const now = state.clock.now();
    if (!task || taskStatus(task, now) !== "succeeded" || !(index >= 0 && index < task.resultCount)) {
      throw new ApiError("not_found", "No such result");
    }
    if (now > task.endsAt + resultLifetimeMs)
      throw new ApiError("not_found", "This result URL has expired (24 h)");
    const requestedSize = sizeParameter(c.req.query("size"));
    if (requestedSize !== null && task.category !== "video") {
      throw new ApiError(
        "validation_failed",
        `size: only video results can be padded to a size; this result is ${task.category === "image" ? "a PNG" : "an MP3"}`,
      );
    }
    const media = await taskResult(state, task);
    // The option never cuts a result below its own size (it would not play); `?size=` too small is a 400.
    const optionSize =
      task.category === "video" && task.resultSizeBytes !== null
        ? Math.max(task.resultSizeBytes, media.bytes.byteLength + 16)
        : null;
    const size = requestedSize ?? optionSize;
    if (size !== null) return largeResponse(size, media.bytes, c.req.header("Range"));
    return ranged(
      c.req.header("Range"),
      media.bytes.byteLength,
      media.mimeType,
      (range) => media.bytes.slice(range.start, range.end + 1),
      {
        "Content-Disposition": `inline; filename="${task.id}-${index}.${media.extension}"`,
      },
    );
  });

  routes.get("/media/large.mp4", async (c) => {
    const size = sizeParameter(c.req.query("size")) ?? 1024 * 1024 * 1024;
    const base = await testCardVideo(c.req.query("aspect"));
    return largeResponse(size, base.bytes, c.req.header("Range"));
  });

  routes.get("/media/files/:fileId/:name", (c) => {
    const file = state.files.get(c.req.param("fileId"));
    if (!file || file.expiresAt <= state.clock.now()) throw new ApiError("not_found", "No such file");
    return ranged(
      c.req.header("Range"),
      file.sizeBytes,
      file.mimeType,
      (range) => Readable.toWeb(createReadStream(file.path, range)) as ReadableStream<Uint8Array>,
    );
  });

  return routes;
}

function sizeParameter(value: string | undefined): number | null {
  if (value === undefined) return null;
  const size = Number(value);
  if (!Number.isSafeInteger(size) || size <= 0) {
    throw new ApiError(
      "validation_failed",
      `size: must be a positive integer number of bytes, got "${value}"`,
    );
  }
  return size;
}

function largeResponse(size: number, base: Uint8Array, rangeHeader: string | undefined): Response {
  try {
    assertLargeMp4Size(size, base);
  } catch (error) {
    throw new ApiError("validation_failed", (error as Error).message);
  }
  return ranged(rangeHeader, size, "video/mp4", (range) => largeMp4Stream(base, size, range));
}

/** A 200 with the whole resource, or a 206/416 for a single `Range: bytes=…`. */
function ranged(
  header: string | undefined,
  size: number,
  mimeType: string,
  body: (range: ByteRange) => BodyInit,
  extraHeaders: Record<string, string> = {},
): Response {
  const range = parseByteRange(header, size);
  if (range === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { "Content-Range": `bytes */${size}` } });
  }
  return new Response(body(range ?? { start: 0, end: size - 1 }), {
    status: range ? 206 : 200,
    headers: { "Content-Type": mimeType, ...extraHeaders, ...rangeHeaders(range, size) },
  });
}
