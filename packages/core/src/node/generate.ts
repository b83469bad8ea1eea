import { stat } from "node:fs/promises";
import type { ModelId } from "../catalog/model-types.js";
import type { RivyaClient } from "../client/rivya-client.js";
import { RivyaError } from "../errors/rivya-error.js";
import type { Downloader } from "../generate/downloader.js";
import { generate as generatePure } from "../generate/generate.js";
import type { GenerateOptions } from "../generate/generate-options.js";
import type { GenerateRequest } from "../generate/generate-request.js";
import type { GenerateResult } from "../generate/generate-result.js";
import { downloadToFile } from "./download-to-file.js";

/** A downloader that streams each result into `target.to` (file or directory), through the client. */
export function createFileDownloader(client: RivyaClient): Downloader {
  return async ({ url, target, index, count, taskId, signal, onProgress }) => {
    let destination = target.to;
    const isDirectory =
      target.to.endsWith("/") ||
      target.to.endsWith("\\") ||
      (await stat(target.to).then(
        (info) => info.isDirectory(),
        () => false,
      ));
    if (!isDirectory && count > 1 && index > 0) {
      // Several results into one file name: out.mp4, out-2.mp4, out-3.mp4…
      const dot = destination.lastIndexOf(".");
      const hasExtension = dot > Math.max(destination.lastIndexOf("/"), destination.lastIndexOf("\\"));
      destination = hasExtension
        ? `${destination.slice(0, dot)}-${index + 1}${destination.slice(dot)}`
        : `${destination}-${index + 1}`;
    }
    // Into a directory (given with a trailing slash or existing), files are named after the task,
    // since result URLs often share a name ("output.mp4"); the extension comes from the content.
    const fileName = count > 1 ? `${taskId}-${index + 1}` : taskId;
    try {
      return await downloadToFile(url, destination, {
        client,
        signal,
        maxBytes: target.maxBytes,
        overwrite: target.overwrite,
        fileName,
        onProgress,
      });
    } catch (error) {
      // The task is paid for and keeps its result: the error says which one to fetch again.
      if (RivyaError.isInstance(error)) error.taskId ??= taskId;
      throw error;
    }
  };
}

/**
 * `generate` with Node defaults: references may be `{ path }`, and `download: { to }` streams the
 * result to a file or into a directory (temp file + atomic rename).
 */
export function generate<Model extends ModelId>(
  client: RivyaClient,
  request: GenerateRequest<Model>,
  options: GenerateOptions = {},
): Promise<GenerateResult> {
  return generatePure(client, request, {
    ...options,
    downloader: options.downloader ?? createFileDownloader(client),
  });
}
