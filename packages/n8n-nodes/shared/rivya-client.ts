import { createRivyaClient, type RivyaClient, RivyaError } from "@rivya-kit/core";
import { normalizeBaseUrl } from "./base-url";
import { cancellableSleep } from "./cancellable-sleep";
import { createN8nTransport, credentialType, type RequestContext } from "./n8n-transport";

interface RivyaCredentials {
  apiKey?: string;
  baseUrl?: string;
}

/**
 * The core's client, wired to n8n: API requests go through `httpRequestWithAuthentication` (n8n
 * adds the key from the credentials; the transport drops the client's own header) and waits use
 * n8n's `sleep`. The client is still given the key because it refuses keyless calls early.
 */
export async function createClient(context: RequestContext): Promise<RivyaClient> {
  const credentials = await context.getCredentials<RivyaCredentials>(credentialType);
  const baseUrl = normalizeBaseUrl(credentials.baseUrl || "https://rivya.ai");
  if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol)) {
    throw new RivyaError(
      `The Base URL "${baseUrl}" of the Rivya credentials is not an http(s) URL (expected e.g. https://rivya.ai)`,
      { code: "invalid_base_url" },
    );
  }
  return createRivyaClient({
    apiKey: credentials.apiKey,
    baseUrl,
    fetch: createN8nTransport(context, new URL(baseUrl).origin),
    sleep: cancellableSleep,
    userAgent: "n8n-nodes-rivya",
  });
}
