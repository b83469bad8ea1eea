import type { MediaKind } from "../catalog/catalog-model.js";

const ascii = (bytes: Uint8Array, offset: number, text: string): boolean =>
  [...text].every((char, index) => bytes[offset + index] === char.charCodeAt(0));

/**
 * The MIME type from a file's first bytes (its content signature, never its name), read in the
 * light of the declared kind: an MP4 container is `video/mp4` for a video and `audio/mp4` for an
 * audio upload. `undefined` when the signature is unknown.
 */
export function sniffMediaType(head: Uint8Array, kind: MediaKind): string | undefined {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "image/jpeg";
  if (ascii(head, 0, "\x89PNG\r\n\x1a\n")) return "image/png";
  if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) return "image/webp";
  if (ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE")) return "audio/wav";
  if (ascii(head, 4, "ftyp")) {
    if (ascii(head, 8, "qt  ")) return "video/quicktime";
    if (ascii(head, 8, "M4A ") || kind === "audio") return "audio/mp4";
    return "video/mp4";
  }
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) {
    // The EBML DocType near the start says whether this Matroska file is WebM.
    if (Buffer.from(head).includes("matroska"))
      return kind === "audio" ? "audio/x-matroska" : "video/x-matroska";
    return kind === "audio" ? "audio/webm" : "video/webm";
  }
  if (ascii(head, 0, "OggS")) return "audio/ogg";
  if (ascii(head, 0, "ID3")) return "audio/mpeg";
  if (head[0] === 0xff && head[1] !== undefined && (head[1] & 0xf6) === 0xf0) return "audio/aac";
  if (head[0] === 0xff && head[1] !== undefined && (head[1] & 0xe0) === 0xe0) return "audio/mpeg";
  return undefined;
}
