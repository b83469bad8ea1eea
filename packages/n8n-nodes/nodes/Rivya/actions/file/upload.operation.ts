import type { MediaKind } from "@rivya-kit/core";
import { binarySource } from "../../../../shared/binary-source";
import type { Operation } from "../operation";

/** File → Upload: a binary field to the Files API; returns the file (its `url` goes into references). */
export const uploadFile: Operation = async ({ context, client, signal }, itemIndex) => {
  const propertyName = String(context.getNodeParameter("binaryPropertyName", itemIndex, "data"));
  const kind = context.getNodeParameter("kind", itemIndex, "auto") as MediaKind | "auto";
  const options = context.getNodeParameter("options", itemIndex, {}) as { model?: string };
  const file = await client.files.upload({
    file: binarySource(context, itemIndex, propertyName),
    ...(kind === "auto" ? {} : { kind }),
    ...(options.model ? { model: options.model } : {}),
    signal,
  });
  return [
    {
      json: {
        fileId: file.id,
        url: file.url,
        kind: file.kind,
        name: file.name ?? null,
        mimeType: file.mime_type ?? null,
        sizeBytes: file.size_bytes ?? null,
        durationSeconds: file.duration_seconds ?? null,
        durationToken: file.duration_token ?? null,
        expiresAt: file.expires_at ?? null,
      },
      pairedItem: { item: itemIndex },
    },
  ];
};
