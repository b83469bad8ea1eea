import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { Hono } from "hono";
import { ApiError } from "../http/api-error.js";
import type { AppEnv } from "../http/app-env.js";
import { type FixtureAspect, nearestAspect } from "../media/aspect-ratio.js";
import { largeMp4Stream } from "../media/large-mp4-stream.js";
import { resultMedia } from "../media/result-media.js";
import type { EmulatorState } from "../state/emulator-state.js";
import { taskStatus } from "../state/task-record.js";

const resultLifetimeMs = 24 * 60 * 60 * 1000;

/**
 * What result and file URLs point at (no API key needed, like a signed CDN URL): task results,
 * uploaded files, and `/media/large.mp4?size=…` for download tests.
 */
export function mediaRoutes(state: EmulatorState): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get("/media/results/:taskId/:file", (c) => {
    state.settle();
    const task = state.tasks.get(c.req.param("taskId"));
    const index = Number.parseInt(c.req.param("file"), 10);
    const now = state.clock.now();
    if (!task || taskStatus(task, now) !== "succeeded" || !(index >= 0 && index < task.resultCount)) {
      throw new ApiError("not_found", "No such result");
    }
    if (now > task.endsAt + resultLifetimeMs)
      throw new ApiError("not_found", "This result URL has expired (24 h)");
    const size =
      sizeParameter(c.req.query("size")) ?? (task.category === "video" ? task.resultSizeBytes : null);
    if (size !== null) return largeResponse(size, task.aspect);
    const media = resultMedia(task.category, task.aspect);
    return c.body(media.bytes.slice(), 200, {
      "Content-Type": media.mimeType,
      "Content-Disposition": `inline; filename="${task.id}-${index}.${media.extension}"`,
    });
  });

  routes.get("/media/large.mp4", (c) => {
    const size = sizeParameter(c.req.query("size")) ?? 1024 * 1024 * 1024;
    return largeResponse(size, nearestAspect(c.req.query("aspect")));
  });

  routes.get("/media/files/:fileId/:name", (c) => {
    const file = state.files.get(c.req.param("fileId"));
    if (!file || file.expiresAt <= state.clock.now()) throw new ApiError("not_found", "No such file");
    const body = Readable.toWeb(createReadStream(file.path)) as ReadableStream<Uint8Array>;
    return new Response(body, {
      headers: { "Content-Type": file.mimeType, "Content-Length": String(file.sizeBytes) },
    });
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

function largeResponse(size: number, aspect: FixtureAspect): Response {
  let stream: ReadableStream<Uint8Array>;
  try {
    stream = largeMp4Stream(size, aspect);
  } catch (error) {
    throw new ApiError("validation_failed", (error as Error).message);
  }
  return new Response(stream, {
    headers: { "Content-Type": "video/mp4", "Content-Length": String(size) },
  });
}
