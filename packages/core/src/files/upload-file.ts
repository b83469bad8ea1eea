import type { RequestExecutor } from "../client/request-executor.js";
import type { Random } from "../transport/sleep.js";
import { createMultipartStream } from "./multipart-stream.js";
import { type OpenFile, prepareUpload } from "./prepare-upload.js";
import { readChunks } from "./read-chunks.js";
import type { RivyaFile } from "./rivya-file.js";
import { DEFAULT_UPLOAD_TIMEOUT_MS, type UploadFileParams } from "./upload-options.js";

/** The effects `uploadFile` needs. */
export interface UploadDependencies {
  execute: RequestExecutor;
  random: Random;
  openFile: OpenFile | undefined;
}

/**
 * `POST /files`: checks the file locally (type sniffed from content, model limits), then streams
 * it as multipart. A reopenable source (bytes, Blob, path) is re-read for each retry; a one-shot
 * stream is sent once, without retries.
 */
export async function uploadFile(
  params: UploadFileParams,
  dependencies: UploadDependencies,
): Promise<RivyaFile> {
  const prepared = await prepareUpload(params.file, params, dependencies.openFile);
  const { source } = prepared;
  const response = await dependencies.execute<RivyaFile>({
    method: "POST",
    path: "/files",
    signal: params.signal,
    timeoutMs: params.timeoutMs ?? DEFAULT_UPLOAD_TIMEOUT_MS,
    replayable: source.reopenable,
    body: () => {
      let sentBytes = 0;
      async function* counted(): AsyncGenerator<Uint8Array> {
        for await (const chunk of readChunks(source.open())) {
          sentBytes += chunk.byteLength;
          params.onProgress?.({ sentBytes, totalBytes: prepared.sizeBytes });
          yield chunk;
        }
      }
      return createMultipartStream(
        { kind: prepared.kind, model: params.model, client_request_id: params.clientRequestId },
        { field: "file", name: prepared.name, contentType: prepared.mimeType, content: counted() },
        dependencies.random,
      );
    },
  });
  return response.data;
}
