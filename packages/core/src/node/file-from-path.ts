import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { RivyaValidationError } from "../errors/rivya-validation-error.js";
import type { UploadSource } from "../files/file-input.js";

/**
 * An `UploadSource` for a file on disk: its size comes from `stat` (limits are checked before a
 * byte is read) and each attempt streams it afresh, so uploads never hold the file in memory.
 * @throws RivyaValidationError when the path is missing or not a regular file
 */
export async function fileFromPath(path: string): Promise<UploadSource> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      throw new RivyaValidationError([
        { path: "file", message: `file: "${path}" is not a regular file`, received: path },
      ]);
    }
    size = info.size;
  } catch (error) {
    if (RivyaValidationError.isInstance(error)) throw error;
    const code = (error as { code?: string }).code;
    const reason = code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? String(error)})`;
    throw new RivyaValidationError([{ path: "file", message: `file: "${path}" ${reason}`, received: path }], {
      cause: error,
    });
  }
  return { name: basename(path), sizeBytes: size, reopenable: true, open: () => createReadStream(path) };
}
