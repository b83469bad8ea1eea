/** Every Action input, parsed and checked for shape (the request itself is validated by the core). */
export interface ActionInputs {
  /** Undefined only in a dry run without a key. */
  apiKey: string | undefined;
  baseUrl: string;
  model: string | undefined;
  prompt: string | undefined;
  /** Where the prompt came from, for the summary: the `prompt-file` path, or undefined for `prompt`. */
  promptFile: string | undefined;
  params: Record<string, unknown>;
  /** The `duration`, `aspect-ratio`, `negative-prompt` shortcuts, as given (strings). */
  shortcuts: ParameterShortcuts;
  /** Absolute paths of the reference images, in the order given. */
  referenceFiles: string[];
  wait: boolean;
  taskId: string | undefined;
  timeoutMs: number;
  /** The raw `timeout` text, for messages. */
  timeoutText: string;
  /** Absolute; a directory when `outputIsDirectory`. Undefined: `$RUNNER_TEMP/rivya/`. */
  outputPath: string | undefined;
  outputIsDirectory: boolean;
  download: boolean;
  uploadArtifact: boolean;
  artifactRetentionDays: number | undefined;
  dryRun: boolean;
  maxCredits: number | undefined;
  idempotencyKey: string | undefined;
  failOnError: boolean;
}

export interface ParameterShortcuts {
  duration?: string;
  aspectRatio?: string;
  negativePrompt?: string;
}
