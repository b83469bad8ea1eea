import { type MediaKind, sniffMediaType } from "@rivya-kit/core/catalog";

/**
 * The MIME type of an upload from its first bytes (never its name), read in the light of the
 * declared kind: an MP4 or WebM container is `audio/mp4` / `audio/webm` in an audio upload.
 */
export function uploadMediaType(head: Uint8Array, kind: MediaKind): string | undefined {
  const sniffed = sniffMediaType(head);
  if (!sniffed) return undefined;
  if (kind === "audio" && sniffed.mimeType === "video/mp4") return "audio/mp4";
  if (kind === "audio" && sniffed.mimeType === "video/webm") return "audio/webm";
  return sniffed.mimeType;
}
