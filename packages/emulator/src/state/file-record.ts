import type { MediaKind } from "@rivya-kit/core/catalog";
import { isoTime } from "./iso-time.js";

/** An uploaded file; its bytes live in the emulator's temporary directory. */
export interface FileRecord {
  id: string;
  accountId: string;
  kind: MediaKind;
  name: string;
  mimeType: string;
  sizeBytes: number;
  path: string;
  durationSeconds: number | null;
  durationToken: string | null;
  clientRequestId: string | null;
  createdAt: number;
  expiresAt: number;
  origin: string;
}

/** `PublicApiFile` (API.md "Files" DECISION). */
export interface FileView {
  id: string;
  object: "file";
  kind: MediaKind;
  name: string;
  mime_type: string;
  size_bytes: number;
  url: string;
  duration_seconds: number | null;
  duration_token: string | null;
  client_request_id: string | null;
  created_at: string;
  expires_at: string;
}

export function fileUrl(file: FileRecord): string {
  return `${file.origin}/media/files/${file.id}/${encodeURIComponent(file.name)}`;
}

export function fileView(file: FileRecord): FileView {
  return {
    id: file.id,
    object: "file",
    kind: file.kind,
    name: file.name,
    mime_type: file.mimeType,
    size_bytes: file.sizeBytes,
    url: fileUrl(file),
    duration_seconds: file.durationSeconds,
    duration_token: file.durationToken,
    client_request_id: file.clientRequestId,
    created_at: isoTime(file.createdAt),
    expires_at: isoTime(file.expiresAt),
  };
}
