/** Settings every video inherits unless it sets its own. */
export interface ManifestDefaults {
  /** The model id, e.g. `kling-3-0`. */
  model?: string | undefined;
  /** Model params; a video's own params are merged over these. */
  params?: Record<string, unknown> | undefined;
  /** Reference images (paths relative to the manifest) used when a video lists none. */
  images?: readonly string[] | undefined;
  /**
   * Where results go: a directory (ends with `/`, files are named `<video id>.mp4`) or a file path.
   * @default "videos/"
   */
  out?: string | undefined;
}

/** One declared video (or, with `matrix`, one per combination of values). */
export interface ManifestVideo {
  /** Stable name: letters, digits, `.`, `_`, `-`. The lock file is keyed by it. */
  id: string;
  /** @default `defaults.model` */
  model?: string | undefined;
  /** The prompt text. Give this or `prompt-file`. */
  prompt?: string | undefined;
  /** A text file holding the prompt (relative to the manifest). */
  "prompt-file"?: string | undefined;
  /** Params merged over `defaults.params`. */
  params?: Record<string, unknown> | undefined;
  /** Reference images in order (Kling: a 2nd image is the last frame). Identity uses their content. */
  images?: readonly string[] | undefined;
  /** One video per combination: `{ aspect_ratio: ["9:16", "16:9"] }` → `<id>.9x16`, `<id>.16x9`. */
  matrix?: Record<string, readonly (string | number | boolean)[]> | undefined;
  /** Output directory (ends with `/`) or file path. @default `defaults.out` */
  out?: string | undefined;
}

/** A video manifest: what a repository declares it wants generated (YAML or JSON). */
export interface Manifest {
  /** JSON Schema reference for editors; ignored. */
  $schema?: string | undefined;
  defaults?: ManifestDefaults | undefined;
  /** Most credits one apply may spend; checked before anything is sent. */
  budget?: number | undefined;
  /**
   * Videos generated at the same time (the client also keeps under the rate limit).
   * @default 4
   */
  concurrency?: number | undefined;
  videos: readonly ManifestVideo[];
}

/** Default number of videos generated at once. */
export const DEFAULT_MANIFEST_CONCURRENCY: number = 4;

/** Default output directory. */
export const DEFAULT_MANIFEST_OUT: string = "videos/";
