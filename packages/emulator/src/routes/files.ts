import { createHmac } from "node:crypto";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { getModel, type MediaKind } from "@rivya-kit/core/catalog";
import { Hono } from "hono";
import { ApiError } from "../http/api-error.js";
import type { AppEnv } from "../http/app-env.js";
import { requestOrigin } from "../http/origin.js";
import { requireScope } from "../http/require-scope.js";
import { mediaDuration } from "../media/media-duration.js";
import { receiveUpload } from "../media/receive-upload.js";
import { largestUploadBytes, uploadLimit } from "../media/upload-limits.js";
import { uploadMediaType } from "../media/upload-media-type.js";
import type { EmulatorState } from "../state/emulator-state.js";
import { type FileRecord, fileView } from "../state/file-record.js";

const kinds: readonly MediaKind[] = ["image", "video", "audio"];
const fileLifetimeMs = 24 * 60 * 60 * 1000;

/** `POST /files` (multipart, streamed to disk) and `GET /files/{fileId}`. */
export function fileRoutes(state: EmulatorState): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.post("/files", async (c) => {
    const accountId = requireScope(c, "files:create");
    const id = state.newId("file");
    const path = join(state.uploadDirectory, id);
    const upload = await receiveUpload(c.env.incoming, path, largestUploadBytes);
    try {
      const record = await checkUpload(state, upload, { id, accountId, path, origin: requestOrigin(c) });
      state.files.set(record.id, record);
      return c.json(fileView(record));
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
  });

  routes.get("/files/:fileId", (c) => {
    const accountId = requireScope(c, "files:read");
    const fileId = c.req.param("fileId");
    const file = state.files.get(fileId);
    if (!file || file.accountId !== accountId) throw new ApiError("not_found", `No file "${fileId}"`);
    return c.json(fileView(file));
  });

  return routes;
}

async function checkUpload(
  state: EmulatorState,
  upload: Awaited<ReturnType<typeof receiveUpload>>,
  context: { id: string; accountId: string; path: string; origin: string },
): Promise<FileRecord> {
  const { fields, file } = upload;
  const kind = fields.kind as MediaKind;
  if (!kinds.includes(kind)) {
    throw new ApiError(
      "validation_failed",
      `kind: ${JSON.stringify(fields.kind ?? null)} is not allowed; one of image, video, audio`,
    );
  }
  if (!file || file.sizeBytes === 0)
    throw new ApiError("validation_failed", 'file: required (a non-empty multipart part named "file")');
  const clientRequestId = fields.client_request_id ?? null;
  if (clientRequestId !== null && clientRequestId.length > 128) {
    throw new ApiError(
      "validation_failed",
      `client_request_id: ${clientRequestId.length} characters; at most 128`,
    );
  }
  const model = fields.model === undefined || fields.model === "" ? undefined : getModel(fields.model);
  if (fields.model && !model)
    throw new ApiError("validation_failed", `model: unknown model "${fields.model}"`);
  if (model && !model.references?.kinds.includes(kind)) {
    const accepted = model.references?.kinds.join(", ") || "no reference files";
    throw new ApiError(
      "validation_failed",
      `kind: ${model.id} does not accept ${kind} files; it accepts ${accepted}`,
    );
  }
  const limit = uploadLimit(kind, model);
  const rule = model ? `${model.id}'s` : "the default";
  if (upload.truncated || file.sizeBytes > limit.maxBytes) {
    const size = upload.truncated ? `more than ${file.sizeBytes}` : String(file.sizeBytes);
    throw new ApiError(
      "validation_failed",
      `file: ${size} bytes; ${rule} limit for ${kind} is ${limit.maxBytes} bytes`,
    );
  }
  const mimeType = uploadMediaType(file.head, kind);
  if (!mimeType || !limit.mimeTypes.includes(mimeType)) {
    throw new ApiError(
      "validation_failed",
      `file: content is ${mimeType ?? "of an unrecognised type"} (checked from its bytes, not its name); ${rule} ${kind} types are ${limit.mimeTypes.join(", ")}`,
    );
  }
  const durationSeconds = kind === "image" ? null : await mediaDuration(context.path, mimeType);
  const now = state.clock.now();
  return {
    id: context.id,
    accountId: context.accountId,
    kind,
    name: file.name,
    mimeType,
    sizeBytes: file.sizeBytes,
    path: context.path,
    durationSeconds,
    durationToken:
      durationSeconds === null
        ? null
        : `dtok_${createHmac("sha256", state.tokenSecret).update(`${context.id}:${durationSeconds}`).digest("base64url").slice(0, 32)}`,
    clientRequestId,
    createdAt: now,
    expiresAt: now + fileLifetimeMs,
    origin: context.origin,
  };
}
