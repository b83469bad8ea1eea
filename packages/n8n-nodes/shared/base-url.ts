/**
 * The Base URL as the client takes it (the origin the API's `/api/v1` hangs off), from what a
 * user may paste: `https://rivya.ai`, `https://rivya.ai/`, `https://rivya.ai/api/v1` or
 * `http://127.0.0.1:4010/api/v1/` all give the same. The credential's test request applies the
 * same rule in n8n's expression language (see RivyaApi.credentials.ts).
 */
export function normalizeBaseUrl(raw: string): string {
  return raw
    .trim()
    .replace(/\/+$/, "")
    .replace(/\/api\/v1$/i, "")
    .replace(/\/+$/, "");
}
