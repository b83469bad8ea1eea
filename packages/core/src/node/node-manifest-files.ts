import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import type { InspectedFile, ManifestFiles } from "../manifest/manifest-files.js";
import { MANIFEST_LOCK_FILE_NAME } from "../manifest/manifest-lock.js";
import { sniffMediaType } from "../validation/sniff-media-type.js";

function isMissing(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR";
}

/** Streams a file once: its SHA-256, its size and the type of its first bytes. */
async function inspectFile(path: string): Promise<InspectedFile | undefined> {
  const hash = createHash("sha256");
  let sizeBytes = 0;
  let head: Buffer | undefined;
  try {
    for await (const chunk of createReadStream(path)) {
      const bytes = chunk as Buffer;
      hash.update(bytes);
      if (head === undefined) head = bytes.subarray(0, 64);
      sizeBytes += bytes.length;
    }
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
  const sniffed = head === undefined ? undefined : sniffMediaType(head);
  return { sha256: hash.digest("hex"), sizeBytes, mimeType: sniffed?.mimeType };
}

/**
 * The file effects of `planManifest`/`applyManifest` for a manifest on disk: paths relative to its
 * folder, the lock file `rivya.lock.json` beside it, written to a temp file and renamed (atomic).
 */
export function nodeManifestFiles(manifestPath: string, options: { lockPath?: string } = {}): ManifestFiles {
  const folder = dirname(resolve(manifestPath));
  const at = (path: string) => (isAbsolute(path) ? path : join(folder, path));
  const lockPath = resolve(options.lockPath ?? join(folder, MANIFEST_LOCK_FILE_NAME));
  return {
    readText: (path) =>
      readFile(at(path), "utf8").catch((error: unknown) => {
        if (isMissing(error)) return undefined;
        throw error;
      }),
    inspect: (path) => inspectFile(at(path)),
    digest: async (text) => createHash("sha256").update(text, "utf8").digest("hex"),
    resolve: at,
    async writeLock(text) {
      await mkdir(dirname(lockPath), { recursive: true });
      const temp = join(dirname(lockPath), `.${basename(lockPath)}.${randomBytes(6).toString("hex")}.tmp`);
      try {
        await writeFile(temp, text, { flush: true });
        await rename(temp, lockPath);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
    },
  };
}

/** The lock file's text beside a manifest, or undefined when there is none yet. */
export function readManifestLock(
  manifestPath: string,
  options: { lockPath?: string } = {},
): Promise<string | undefined> {
  const lockPath = options.lockPath ?? join(dirname(resolve(manifestPath)), MANIFEST_LOCK_FILE_NAME);
  return readFile(lockPath, "utf8").catch((error: unknown) => {
    if (isMissing(error)) return undefined;
    throw error;
  });
}
