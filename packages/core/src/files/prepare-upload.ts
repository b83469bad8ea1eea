import { getModel } from "../catalog/catalog.js";
import type { MediaKind } from "../catalog/media-kind.js";
import { RivyaError } from "../errors/rivya-error.js";
import { RivyaValidationError } from "../errors/rivya-validation-error.js";
import { checkReferenceFile, describeAcceptedReferences } from "../validation/check-reference-file.js";
import { sniffMediaType } from "../validation/sniff-media-type.js";
import { type FileInput, isPathInput, isUploadSource, type UploadSource } from "./file-input.js";
import { peekSource } from "./peek-source.js";
import { toUploadSource } from "./to-upload-source.js";

/** Opens `{ path }` inputs; supplied by `@rivya-kit/core/node`. */
export type OpenFile = (path: string) => Promise<UploadSource>;

/** A file ready to be sent: its type known from its content and checked against the limits. */
export interface PreparedUpload {
  source: UploadSource;
  name: string;
  mimeType: string;
  kind: MediaKind;
  sizeBytes: number | undefined;
}

/** Turns any `FileInput` into an `UploadSource`. */
export async function resolveFileInput(
  input: FileInput,
  openFile: OpenFile | undefined,
): Promise<UploadSource> {
  if (isUploadSource(input)) return input;
  if (isPathInput(input)) {
    if (!openFile) {
      throw new RivyaError(
        `file: { path: "${input.path}" } needs file system access; use createRivyaClient from "@rivya-kit/core/node", or pass bytes, a Blob or a stream`,
        { code: "local_validation" },
      );
    }
    return openFile(input.path);
  }
  return toUploadSource(input);
}

/**
 * Resolves the input, sniffs its type from the first bytes and checks kind, type and size against
 * the model's reference rules (or the Files API defaults) — before a byte is sent.
 * @throws RivyaValidationError naming the file, what it is and what is allowed.
 */
export async function prepareUpload(
  input: FileInput,
  options: {
    kind?: MediaKind | undefined;
    model?: string | undefined;
    name?: string | undefined;
    path?: string;
  },
  openFile: OpenFile | undefined,
): Promise<PreparedUpload> {
  const resolved = await resolveFileInput(input, openFile);
  const { head, source } = await peekSource(resolved);
  const sniffed = sniffMediaType(head);
  const name = options.name ?? resolved.name ?? "reference";
  const path = options.path ?? "file";
  const model = options.model === undefined ? undefined : getModel(options.model);
  const issues = checkReferenceFile(
    { kind: options.kind ?? sniffed?.kind, mimeType: sniffed?.mimeType, sizeBytes: resolved.sizeBytes, name },
    model,
    0,
    { path },
  );
  if (issues.length > 0 || sniffed === undefined) {
    const accepted = describeAcceptedReferences(model);
    throw new RivyaValidationError(
      issues.length > 0
        ? issues
        : [{ path, message: `${path} (${name}): the file type could not be recognised (${accepted})` }],
    );
  }
  return {
    source,
    name,
    mimeType: sniffed.mimeType,
    kind: options.kind ?? sniffed.kind,
    sizeBytes: resolved.sizeBytes,
  };
}
