import { RivyaAbortedError } from "../errors/rivya-aborted-error.js";
import { RivyaDownloadError } from "../errors/rivya-download-error.js";
import { RivyaTimeoutError } from "../errors/rivya-timeout-error.js";
import { raceSignal } from "../transport/race-signal.js";
import type { Sleep } from "../transport/sleep.js";
import type { Transport, TransportResponse } from "../transport/transport.js";

/** What `openDownload` needs. */
export interface OpenDownloadDependencies {
  transport: Transport;
  sleep: Sleep;
  apiKey: string | undefined;
  /** The API's origin: the only one that may see the key. */
  apiOrigin: string;
  userAgent: string;
}

const maxRedirects = 5;

/**
 * GETs `url` and returns the response with its body unread. Redirects are followed here (not by
 * the transport) so that the `Authorization` header goes only to the API's own origin.
 * @throws RivyaDownloadError on an HTTP error, RivyaTimeoutError, RivyaAbortedError
 */
export async function openDownload(
  url: string,
  options: { signal?: AbortSignal | undefined; timeoutMs: number },
  dependencies: OpenDownloadDependencies,
): Promise<TransportResponse> {
  const timeout = new AbortController();
  const timer = new AbortController();
  dependencies.sleep(options.timeoutMs, timer.signal).then(
    () => timeout.abort(),
    () => undefined,
  );
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  let current = url;
  try {
    for (let redirect = 0; redirect <= maxRedirects; redirect++) {
      const target = new URL(current);
      const headers: Record<string, string> = { "user-agent": dependencies.userAgent };
      if (dependencies.apiKey && target.origin === dependencies.apiOrigin) {
        headers["authorization"] = `Bearer ${dependencies.apiKey}`;
      }
      const response = await raceSignal(
        dependencies.transport(target.href, { method: "GET", headers, signal, redirect: "manual" }),
        signal,
      );
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => undefined);
        current = new URL(location, target).href;
        continue;
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel().catch(() => undefined);
        throw new RivyaDownloadError(
          `Downloading ${target.origin}${target.pathname} failed: HTTP ${response.status}`,
          {
            code: "download_failed",
            status: response.status,
          },
        );
      }
      return response;
    }
    throw new RivyaDownloadError(`Downloading ${url} failed: more than ${maxRedirects} redirects`, {
      code: "download_failed",
    });
  } catch (cause) {
    if (RivyaDownloadError.isInstance(cause)) throw cause;
    if (options.signal?.aborted)
      throw new RivyaAbortedError("The download was aborted", { code: "aborted", cause });
    if (timeout.signal.aborted) {
      throw new RivyaTimeoutError(`Downloading ${url} got no answer within ${options.timeoutMs} ms`, {
        code: "request_timeout",
        timeoutMs: options.timeoutMs,
        cause,
      });
    }
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new RivyaDownloadError(`Downloading ${url} failed: ${reason}`, { code: "download_failed", cause });
  } finally {
    timer.abort();
  }
}
