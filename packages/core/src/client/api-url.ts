/** The default API origin. */
export const DEFAULT_BASE_URL = "https://rivya.ai";

/**
 * Normalises a base URL to `{ origin, apiUrl }`; tolerates a trailing slash or `/api/v1` already present.
 * @throws TypeError naming the value when it is not an http(s) URL
 */
export function resolveApiUrl(baseUrl: string = DEFAULT_BASE_URL): { origin: string; apiUrl: string } {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new TypeError(`baseUrl: "${baseUrl}" is not a URL (expected e.g. https://rivya.ai)`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new TypeError(`baseUrl: "${baseUrl}" must use http or https`);
  }
  const path = parsed.pathname.replace(/\/+$/, "").replace(/\/api\/v1$/, "");
  return { origin: parsed.origin, apiUrl: `${parsed.origin}${path}/api/v1` };
}
