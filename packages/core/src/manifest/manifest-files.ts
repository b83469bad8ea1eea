/** What is known about a file from its content. */
export interface InspectedFile {
  /** SHA-256 of the content, hex. */
  sha256: string;
  sizeBytes: number;
  /** The type recognised from the content signature (see `sniffMediaType`), if any. */
  mimeType: string | undefined;
}

/**
 * The effects `planManifest` and `applyManifest` run on, paths relative to the manifest's folder.
 * `@rivya-kit/core/node` supplies them for the file system (`nodeManifestFiles`).
 */
export interface ManifestFiles {
  /** A text file's content (prompt files); `undefined` when it does not exist. */
  readText(path: string): Promise<string | undefined>;
  /** Hash, size and sniffed type of a file; `undefined` when it does not exist. */
  inspect(path: string): Promise<InspectedFile | undefined>;
  /** SHA-256 (hex) of a UTF-8 text. */
  digest(text: string): Promise<string>;
  /** The path as the runtime opens it (`{ path }` inputs, download targets). */
  resolve(path: string): string;
  /** Replaces the lock file atomically (temp file + rename), so a crash never leaves half of it. */
  writeLock(text: string): Promise<void>;
}
