import { RivyaAbortedError } from "../errors/rivya-aborted-error.js";
import { RivyaDownloadError } from "../errors/rivya-download-error.js";
import { RivyaTimeoutError } from "../errors/rivya-timeout-error.js";
import { raceSignal } from "../transport/race-signal.js";
import type { Random, Sleep } from "../transport/sleep.js";
import type { Transport, TransportResponse } from "../transport/transport.js";
import { isRetryableStatus, MAX_RETRY_AFTER_MS, parseRetryAfter, retryDelay } from "./retry-policy.js";

/** What `openDownload` needs. */
export interface OpenDownloadDependencies {
  transport: Transport;
  sleep: Sleep;
  apiKey: string | undefined;
  /** The API's origin: the only one that may see the key. */
  apiOrigin: string;
  userAgent: string;
  /** Retries after a dropped connection, 408, 429 or 5xx. @default 2 */
  maxRetries?: number | undefined;
  /** Jitter of the backoff between retries. @default Math.random */
  random?: Random | undefined;
  /** For `Retry-After` dates. @default Date.now */
  now?: (() => number) | undefined;
}

/** Per-call settings of `openDownload`. */
export interface OpenDownloadCall {
  signal?: AbortSignal | undefined;
  /** Per-attempt limit until the response headers arrive. */
  timeoutMs: number;
  /** Extra request headers (`range`, `if-range` to resume a download). */
  headers?: Record<string, string> | undefined;
}

const maxRedirects = 5;

/** One attempt's outcome: the response, or a failure that another attempt may cure. */
type Attempt = { response: TransportResponse } | { transient: RivyaDownloadError; retryAfterMs?: number };

/**
 * GETs `url` and returns the response with its body unread. Redirects are followed here (not by
 * the transport) so that the `Authorization` header goes only to the API's own origin. A dropped
 * connection, 408, 429 or 5xx is retried `maxRetries` times with backoff (honouring `Retry-After`).
 * @throws RivyaDownloadError on an HTTP error, RivyaTimeoutError, RivyaAbortedError
 */
export async function openDownload(
  url: string,
  options: OpenDownloadCall,
  dependencies: OpenDownloadDependencies,
): Promise<TransportResponse> {
  const maxRetries = dependencies.maxRetries ?? 2;
  for (let attempt = 0; ; attempt++) {
    const outcome = await openOnce(url, options, dependencies);
    if ("response" in outcome) return outcome.response;
    if (attempt >= maxRetries || (outcome.retryAfterMs ?? 0) > MAX_RETRY_AFTER_MS) throw outcome.transient;
    const delay = retryDelay(attempt, outcome.retryAfterMs, dependencies.random ?? Math.random);
    try {
      await raceSignal(dependencies.sleep(delay, options.signal), options.signal);
    } catch (cause) {
      throw new RivyaAbortedError("The download was aborted", { code: "aborted", cause });
    }
  }
}

async function openOnce(
  url: string,
  options: OpenDownloadCall,
  dependencies: OpenDownloadDependencies,
): Promise<Attempt> {
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
      const headers: Record<string, string> = { ...options.headers, "user-agent": dependencies.userAgent };
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
        const failure = new RivyaDownloadError(
          `Downloading ${target.origin}${target.pathname} failed: HTTP ${response.status}`,
          { code: "download_failed", status: response.status },
        );
        if (!isRetryableStatus(response.status, undefined)) throw failure;
        const now = dependencies.now ?? Date.now;
        return {
          transient: failure,
          retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), now()),
        };
      }
      return { response };
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
    // No answer at all (connection refused or dropped): worth another attempt.
    const reason = cause instanceof Error ? cause.message : String(cause);
    return {
      transient: new RivyaDownloadError(`Downloading ${url} failed: ${reason}`, {
        code: "download_failed",
        cause,
      }),
    };
  } finally {
    timer.abort();
  }
}
