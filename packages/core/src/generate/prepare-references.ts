import type { MediaKind } from "../catalog/media-kind.js";
import { type FileInput, isPathInput, isUploadSource, type UploadSource } from "../files/file-input.js";
import { peekSource } from "../files/peek-source.js";
import { type OpenFile, resolveFileInput } from "../files/prepare-upload.js";
import type { ReferenceDescriptor, ReferenceMediaItem } from "../validation/generation-request.js";
import { sniffMediaType } from "../validation/sniff-media-type.js";
import type { GenerateReference, HostedReference, LocalReference } from "./generate-request.js";

/** A local reference, opened and sniffed, ready to validate and upload. */
export interface LocalReferenceFile {
  /** Position in `request.references`. */
  index: number;
  source: UploadSource;
  descriptor: ReferenceDescriptor;
}

/** The references split into hosted items (sent as is) and local files (to upload). */
export interface PreparedReferences {
  hosted: ReferenceMediaItem[];
  local: LocalReferenceFile[];
}

function isHosted(reference: GenerateReference): reference is HostedReference {
  return (
    typeof reference === "object" &&
    reference !== null &&
    typeof (reference as HostedReference).url === "string" &&
    !isUploadSource(reference)
  );
}

function isLocal(reference: GenerateReference): reference is LocalReference {
  return (
    typeof reference === "object" && reference !== null && "file" in reference && !isUploadSource(reference)
  );
}

/**
 * Opens each local reference just enough to sniff its type from the first bytes and learn its
 * size, without reading it whole: everything `validateRequest` needs before any upload.
 */
export async function prepareReferences(
  references: readonly GenerateReference[],
  openFile: OpenFile | undefined,
): Promise<PreparedReferences> {
  const hosted: ReferenceMediaItem[] = [];
  const local: LocalReferenceFile[] = [];
  for (const [index, reference] of references.entries()) {
    if (isHosted(reference)) {
      const { url, kind, name, mimeType, durationSeconds, durationToken } = reference;
      hosted.push({ url, kind, name, mimeType, durationSeconds, durationToken });
      continue;
    }
    const input: FileInput = isLocal(reference) ? reference.file : reference;
    const kind: MediaKind | undefined = isLocal(reference) ? reference.kind : undefined;
    const resolved = await resolveFileInput(input, openFile);
    const { head, source } = await peekSource(resolved);
    const sniffed = sniffMediaType(head);
    const name =
      (isLocal(reference) ? reference.name : undefined) ??
      resolved.name ??
      (isPathInput(input) ? input.path : `reference-${index + 1}`);
    local.push({
      index,
      source: { ...source, name },
      descriptor: {
        kind: kind ?? sniffed?.kind,
        mimeType: sniffed?.mimeType,
        sizeBytes: resolved.sizeBytes,
        name,
      },
    });
  }
  return { hosted, local };
}
