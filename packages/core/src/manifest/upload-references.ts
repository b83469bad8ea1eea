import type { RivyaClient } from "../client/rivya-client.js";
import type { RivyaFile } from "../files/rivya-file.js";
import type { ReferenceMediaItem } from "../validation/generation-request.js";
import type { ManifestFiles } from "./manifest-files.js";
import type { LockedUpload } from "./manifest-lock.js";
import type { PlannedReference } from "./manifest-plan.js";

// An upload this close to its expiry is made again rather than risk a create naming a dropped file.
const expiryMarginMs = 60 * 60_000;

function itemOf(file: RivyaFile): ReferenceMediaItem {
  return {
    url: file.url,
    kind: file.kind,
    ...(file.name ? { name: file.name } : {}),
    ...(file.mime_type ? { mimeType: file.mime_type } : {}),
    ...(typeof file.duration_seconds === "number" ? { durationSeconds: file.duration_seconds } : {}),
    ...(file.duration_token ? { durationToken: file.duration_token } : {}),
  };
}

/**
 * The hosted items for a video's reference files: uploads the lock recorded (same content, not
 * about to expire) are reused, so a create sent again after a crash has the same body and its
 * idempotency key reattaches; the others are uploaded and recorded in `uploads`.
 */
export async function uploadReferences(
  client: RivyaClient,
  model: string,
  references: readonly PlannedReference[],
  uploads: LockedUpload[],
  options: { files: ManifestFiles; signal: AbortSignal | undefined },
): Promise<ReferenceMediaItem[]> {
  const now = client.runtime.now();
  const items: ReferenceMediaItem[] = [];
  for (const reference of references) {
    const recorded = uploads.find(
      (upload) =>
        upload.sha256 === reference.sha256 &&
        (upload.expiresAt === undefined || Date.parse(upload.expiresAt) - expiryMarginMs > now),
    );
    if (recorded) {
      items.push(recorded.item);
      continue;
    }
    const name = reference.path.split(/[\\/]/).pop() ?? reference.path;
    const file = await client.files.upload({
      file: { path: options.files.resolve(reference.path) },
      model,
      name,
      signal: options.signal,
    });
    const item = itemOf(file);
    const expired = uploads.findIndex((upload) => upload.sha256 === reference.sha256);
    if (expired >= 0) uploads.splice(expired, 1);
    uploads.push({ sha256: reference.sha256, item, expiresAt: file.expires_at });
    items.push(item);
  }
  return items;
}
