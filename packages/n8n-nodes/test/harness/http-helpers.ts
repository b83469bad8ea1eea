// n8n's HTTP helpers (`httpRequest`, `httpRequestWithAuthentication`) as n8n-core implements
// them, on Node's fetch: full responses with `encoding: "stream"` are Node `IncomingMessage`-like
// readables, `ignoreHttpStatusErrors`, manual redirects, abort signals, and the credential's
// generic `authenticate` headers resolved from the credential data.
import { Readable } from "node:stream";
import type { ICredentialType, IDataObject, IHttpRequestOptions } from "n8n-workflow";

/** One request the node made, for assertions (body parsed when JSON). */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  json: unknown;
  startedAt: number;
}

export interface HttpHelpersOptions {
  credentialType: ICredentialType;
  credentials: IDataObject;
  log: RecordedRequest[];
}

export function createHttpHelpers(options: HttpHelpersOptions) {
  const send = async (request: IHttpRequestOptions, extraHeaders: Record<string, string>) => {
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(request.headers ?? {}))
      headers[key.toLowerCase()] = String(value);
    Object.assign(headers, extraHeaders);
    const body = request.body as string | Buffer | undefined;
    const text = typeof body === "string" ? body : undefined;
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    options.log.push({
      method: request.method ?? "GET",
      url: request.url,
      headers,
      json,
      startedAt: Date.now(),
    });
    const response = await fetch(request.url, {
      method: request.method ?? "GET",
      headers,
      ...(body === undefined ? {} : { body: body as BodyInit }),
      redirect: request.disableFollowRedirect ? "manual" : "follow",
      signal: request.abortSignal as AbortSignal | undefined,
    });
    if (!request.ignoreHttpStatusErrors && response.status >= 400) {
      throw new Error(`Request failed with status code ${response.status}`);
    }
    const stream = response.body ? Readable.fromWeb(response.body as never) : Readable.from([]);
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      responseHeaders[key] = value;
    });
    if (request.encoding === "stream" && request.returnFullResponse) {
      return { statusCode: response.status, headers: responseHeaders, body: stream };
    }
    throw new Error("the harness implements only the stream + full response mode the node uses");
  };

  const authenticationHeaders = (): Record<string, string> => {
    const authenticate = options.credentialType.authenticate as
      | { properties: { headers?: Record<string, string> } }
      | undefined;
    const headers: Record<string, string> = {};
    for (const [name, template] of Object.entries(authenticate?.properties.headers ?? {})) {
      headers[name.toLowerCase()] = template
        .replace(/^=/, "")
        .replace(/\{\{\s*\$credentials\.(\w+)\s*\}\}/g, (_, key: string) =>
          String(options.credentials[key] ?? ""),
        );
    }
    return headers;
  };

  return {
    httpRequest: (request: IHttpRequestOptions) => send(request, {}),
    httpRequestWithAuthentication: (credentialType: string, request: IHttpRequestOptions) => {
      if (credentialType !== options.credentialType.name)
        throw new Error(`unknown credential ${credentialType}`);
      return send(request, authenticationHeaders());
    },
  };
}
