import type { MediaKind } from "../catalog/media-kind.js";

/** An uploaded reference file (`POST /files`, `GET /files/{id}`). Use `url` in `referenceMediaItems`. */
export interface RivyaFile {
  id: string;
  object?: "file";
  kind: MediaKind;
  name?: string;
  mime_type?: string;
  size_bytes?: number;
  url: string;
  duration_seconds?: number | null;
  duration_token?: string | null;
  created_at?: string;
  expires_at?: string;
  [field: string]: unknown;
}
