import type { MediaKind } from "../catalog/media-kind.js";

/** A file's real type, recognised from its first bytes. */
export interface SniffedMediaType {
  mimeType: string;
  kind: MediaKind;
}

function ascii(bytes: Uint8Array, offset: number, text: string): boolean {
  if (bytes.length < offset + text.length) return false;
  for (let index = 0; index < text.length; index += 1) {
    if (bytes[offset + index] !== text.charCodeAt(index)) return false;
  }
  return true;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

// ISO base media (MP4, MOV, M4A): `ftyp` at offset 4, then the major brand.
function sniffIsoMedia(bytes: Uint8Array): SniffedMediaType | undefined {
  if (!ascii(bytes, 4, "ftyp") || bytes.length < 12) return undefined;
  const brand = String.fromCharCode(...bytes.subarray(8, 12));
  if (brand === "qt  ") return { mimeType: "video/quicktime", kind: "video" };
  if (brand === "M4A " || brand === "M4B " || brand === "M4P ")
    return { mimeType: "audio/mp4", kind: "audio" };
  return { mimeType: "video/mp4", kind: "video" };
}

// EBML header; the DocType element (0x42 0x82) says `webm` or `matroska`.
function sniffMatroska(bytes: Uint8Array): SniffedMediaType | undefined {
  if (!startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return undefined;
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 64)));
  if (head.includes("webm")) return { mimeType: "video/webm", kind: "video" };
  return { mimeType: "video/x-matroska", kind: "video" };
}

function sniffAudioFrame(bytes: Uint8Array): SniffedMediaType | undefined {
  if (ascii(bytes, 0, "ID3")) return { mimeType: "audio/mpeg", kind: "audio" };
  const first = bytes[0];
  const second = bytes[1];
  if (first !== 0xff || second === undefined || (second & 0xe0) !== 0xe0) return undefined;
  // ADTS (AAC): sync 0xFFF and layer bits 00. MPEG audio (MP3): layer bits non-zero.
  if ((second & 0xf6) === 0xf0) return { mimeType: "audio/aac", kind: "audio" };
  if ((second & 0x06) !== 0) return { mimeType: "audio/mpeg", kind: "audio" };
  return undefined;
}

/**
 * Recognises JPEG, PNG, WebP, MP4/MOV, WebM/Matroska, MP3, WAV, OGG and AAC from the first bytes of
 * a file (64 are enough). The name of a file says nothing: the Files API checks content too.
 * @returns the MIME type and kind, or `undefined` for anything else.
 */
export function sniffMediaType(bytes: Uint8Array): SniffedMediaType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mimeType: "image/jpeg", kind: "image" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { mimeType: "image/png", kind: "image" };
  }
  if (ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WEBP")) return { mimeType: "image/webp", kind: "image" };
  if (ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WAVE")) return { mimeType: "audio/wav", kind: "audio" };
  if (ascii(bytes, 0, "OggS")) return { mimeType: "audio/ogg", kind: "audio" };
  return sniffIsoMedia(bytes) ?? sniffMatroska(bytes) ?? sniffAudioFrame(bytes);
}
