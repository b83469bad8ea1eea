/** A result saved by a downloader. */
export interface DownloadedFile {
  /** The URL it came from. */
  url: string;
  /** Where it was saved (file path, binary property name…). */
  path: string;
  sizeBytes: number;
  /** MIME type recognised from the content (not trusted from headers). */
  mimeType: string | undefined;
}

/** Progress of one download. */
export interface DownloadProgress {
  receivedBytes: number;
  totalBytes: number | undefined;
}

/** Where `generate` saves results; the Node edge saves to files (`download: { to }`). */
export interface DownloadTarget {
  /** A directory (ends with `/` or exists as one) or a file path (with several results, `-2`, `-3`… are added). */
  to: string;
  /**
   * Replace existing files.
   * @default false
   */
  overwrite?: boolean | undefined;
  /**
   * Download every URL of the result, not only `primary_url`.
   * @default false
   */
  all?: boolean | undefined;
  /** Refuse results larger than this many bytes. @default no limit */
  maxBytes?: number | undefined;
}

/**
 * Saves one result URL. `@rivya-kit/core/node` provides one that streams to a temp file and
 * renames it atomically; other runtimes (n8n) supply their own.
 */
export type Downloader = (request: {
  url: string;
  target: DownloadTarget;
  /** 0-based position among the downloaded URLs. */
  index: number;
  count: number;
  taskId: string;
  signal: AbortSignal | undefined;
  onProgress: (progress: DownloadProgress) => void;
}) => Promise<DownloadedFile>;
