import { RivyaAbortedError } from "../errors/rivya-aborted-error.js";
import { RivyaConnectionError } from "../errors/rivya-connection-error.js";
import { RivyaError } from "../errors/rivya-error.js";
import { RivyaTimeoutError } from "../errors/rivya-timeout-error.js";
import type { RivyaLogger } from "../logging/logger.js";
import { redactText } from "../logging/redact.js";
import { abortableSleep } from "../transport/abortable-sleep.js";
import { raceSignal } from "../transport/race-signal.js";
import type { Clock, Random, Sleep } from "../transport/sleep.js";
import type { Transport, TransportBody, TransportResponse } from "../transport/transport.js";
import { parseErrorEnvelope } from "./error-envelope.js";
import { mapApiError } from "./map-api-error.js";
import {
  isRetryableStatus,
  MAX_RETRY_AFTER_MS,
  PERSISTENT_RETRY_MAX_DELAY_MS,
  parseRetryAfter,
  retryDelay,
} from "./retry-policy.js";
import { failedBeforeSending, isUnknownOutcomeStatus, withCreateOutcome } from "./unknown-outcome.js";

/** Everything the executor needs, resolved from the client options. */
export interface ExecutorConfig {
  apiKey: string | undefined;
  /** Origin plus `/api/v1`, without a trailing slash. */
  apiUrl: string;
  transport: Transport;
  sleep: Sleep;
  now: Clock;
  random: Random;
  maxRetries: number;
  /** Total time one call may spend waiting out 429s with `Retry-After` before those count as retries. */
  maxRateLimitWaitMs: number;
  timeoutMs: number;
  userAgent: string;
  logger: RivyaLogger;
}

/** One logical API call; the executor may send it several times. */
export interface RequestSpec {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Path under `/api/v1`, starting with `/`. */
  path: string;
  query?: Record<string, string | number | undefined> | undefined;
  /** JSON body. */
  json?: unknown;
  /** A non-JSON body, made fresh for every attempt (multipart uploads). */
  body?: (() => { body: TransportBody; contentType: string }) | undefined;
  /** False when the body can be sent only once (a one-shot stream): no retries then. */
  replayable?: boolean | undefined;
  idempotencyKey?: string | undefined;
  /**
   * For a keyed create: once an attempt's outcome is unknown, keep retrying (same key) past
   * `maxRetries` until this long after the first attempt. Errors then carry the key and
   * `taskMayExist`.
   */
  retryWindowMs?: number | undefined;
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  maxRetries?: number | undefined;
  /** Attached to every error, so a task id is never lost. */
  taskId?: string | undefined;
  /** `GET /models` and `/openapi.json` need no key. */
  public?: boolean | undefined;
}

/** A successful (2xx) answer. */
export interface ApiResponse<T> {
  data: T;
  status: number;
  requestId: string | undefined;
  headers: TransportResponse["headers"];
}

/** Runs one request spec with retries, backoff, timeouts, abort and error mapping. */
export type RequestExecutor = <T>(spec: RequestSpec) => Promise<ApiResponse<T>>;

function buildUrl(config: ExecutorConfig, spec: RequestSpec): string {
  const url = `${config.apiUrl}${spec.path}`;
  const entries = Object.entries(spec.query ?? {}).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return url;
  const search = entries.map(
    ([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`,
  );
  return `${url}?${search.join("&")}`;
}

function abortedError(spec: RequestSpec, cause: unknown): RivyaAbortedError {
  return new RivyaAbortedError(`${spec.method} ${spec.path} was aborted`, {
    code: "aborted",
    taskId: spec.taskId,
    cause,
  });
}

/** Creates the executor all resources share. */
export function createRequestExecutor(config: ExecutorConfig): RequestExecutor {
  // Shared by every call of this client: after a 429 with Retry-After, no request goes out before
  // the window reopens, instead of each concurrent call collecting its own 429.
  let pausedUntil = 0;
  return async function execute<T>(spec: RequestSpec): Promise<ApiResponse<T>> {
    const url = buildUrl(config, spec);
    const timeoutMs = spec.timeoutMs ?? config.timeoutMs;
    const replayable = spec.replayable !== false;
    const maxRetries = spec.maxRetries ?? config.maxRetries;
    const label = `${spec.method} ${spec.path}`;
    if (!spec.public && !config.apiKey) {
      throw new RivyaError(
        `${label} needs an API key: pass apiKey to createRivyaClient (keys start with rvya_sk_)`,
        { code: "api_key_missing", taskId: spec.taskId },
      );
    }
    const sleep = async (ms: number): Promise<void> => {
      try {
        await abortableSleep(config.sleep, ms, spec.signal);
      } catch (cause) {
        throw abortedError(spec, cause);
      }
    };
    let retries = 0;
    let rateLimitWaitMs = 0;
    // Set once an attempt may have been acted on by the server without the client learning the
    // answer: from then on every error says a task may exist.
    let outcomeUnknown = false;
    const fail = (error: RivyaError): RivyaError =>
      withCreateOutcome(error, spec.idempotencyKey, outcomeUnknown);
    const startedAt = config.now();
    const windowEnd = startedAt + (spec.idempotencyKey === undefined ? 0 : (spec.retryWindowMs ?? 0));
    for (let attempt = 0; ; attempt++) {
      if (spec.signal?.aborted) throw fail(abortedError(spec, spec.signal.reason));
      const pause = pausedUntil - config.now();
      if (pause > 0) {
        // Spread the waiting calls over the first tenth of the reopened window.
        const delay = Math.round(pause + 0.1 * pause * config.random());
        rateLimitWaitMs += delay;
        await sleep(delay).catch((error: RivyaError) => Promise.reject(fail(error)));
      }
      let outcome: AttemptOutcome<T>;
      try {
        outcome = await attemptOnce<T>(config, spec, url, timeoutMs);
      } catch (error) {
        // Aborted while the request was in flight: the server may have acted on it.
        outcomeUnknown = true;
        throw RivyaError.isInstance(error) ? fail(error) : error;
      }
      if (outcome.kind === "success") {
        config.logger.debug(`${label} → ${outcome.response.status}`, {
          requestId: outcome.response.requestId,
          attempt,
        });
        return outcome.response;
      }
      const { error, retryAfterMs } = outcome;
      if (outcome.outcomeUnknown) outcomeUnknown = true;
      const tooLong = retryAfterMs !== undefined && retryAfterMs > MAX_RETRY_AFTER_MS;
      // A 429 that says when to come back is back-pressure, not a failure: it costs no retry
      // until the call has waited `maxRateLimitWaitMs` in total.
      const rateLimited = error.status === 429 && retryAfterMs !== undefined && !tooLong;
      if (rateLimited) {
        // Retry-After is rounded up to whole seconds, so the smallest reopening time reported
        // during one pause is the closest to the real one.
        const reopensAt = config.now() + retryAfterMs;
        pausedUntil = pausedUntil > config.now() ? Math.min(pausedUntil, reopensAt) : reopensAt;
      }
      const free = rateLimited && rateLimitWaitMs + retryAfterMs <= config.maxRateLimitWaitMs;
      const windowLeft = outcomeUnknown ? windowEnd - config.now() : 0;
      // Past `maxRetries`, a create whose outcome is unknown persists within its window: giving
      // up would leave a task that may exist (and be charged) unknown to the caller.
      const persisting = !free && retries >= maxRetries;
      const canRetry = replayable && outcome.retryable && !tooLong && (free || !persisting || windowLeft > 0);
      if (!canRetry) {
        config.logger.debug(`${label} failed: ${error.message}`, { attempt, requestId: error.requestId });
        throw fail(error);
      }
      const backoff = persisting
        ? Math.min(
            retryDelay(retries, retryAfterMs, config.random, PERSISTENT_RETRY_MAX_DELAY_MS),
            windowLeft,
          )
        : retryDelay(retries, retryAfterMs, config.random);
      const delay = Math.max(0, backoff);
      if (!free) retries++;
      if (rateLimited) rateLimitWaitMs += delay;
      config.logger[rateLimited ? "debug" : "warn"](
        `${label} failed (${error.code ?? error.name}); retrying in ${delay} ms` +
          (free
            ? " (rate limited)"
            : persisting
              ? ` with the same Idempotency-Key: the outcome is unknown, a task may exist (retry ${retries}, ${Math.round(windowLeft / 1000)} s left of the retry window)`
              : ` (retry ${retries}/${maxRetries})`),
        { requestId: error.requestId, idempotencyKey: spec.idempotencyKey },
      );
      await sleep(delay).catch((sleepError: RivyaError) => Promise.reject(fail(sleepError)));
    }
  };
}

type AttemptOutcome<T> =
  | { kind: "success"; response: ApiResponse<T> }
  | {
      kind: "failure";
      error: RivyaError;
      retryable: boolean;
      retryAfterMs?: number | undefined;
      /** The server may have acted on the request although the client has no usable answer. */
      outcomeUnknown: boolean;
    };

async function attemptOnce<T>(
  config: ExecutorConfig,
  spec: RequestSpec,
  url: string,
  timeoutMs: number,
): Promise<AttemptOutcome<T>> {
  const label = `${spec.method} ${spec.path}`;
  const headers: Record<string, string> = { accept: "application/json", "user-agent": config.userAgent };
  if (config.apiKey) headers["authorization"] = `Bearer ${config.apiKey}`;
  if (spec.idempotencyKey) headers["idempotency-key"] = spec.idempotencyKey;
  let body: TransportBody | undefined;
  if (spec.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(spec.json);
  } else if (spec.body) {
    const made = spec.body();
    headers["content-type"] = made.contentType;
    body = made.body;
  }
  // The per-request timeout is a sleep on the injected timer, cancelled as soon as the answer is read.
  const timeout = new AbortController();
  const timer = new AbortController();
  config.sleep(timeoutMs, timer.signal).then(
    () => timeout.abort(),
    () => undefined,
  );
  const signal = spec.signal ? AbortSignal.any([spec.signal, timeout.signal]) : timeout.signal;
  try {
    config.logger.debug(`${label} →`, { idempotencyKey: spec.idempotencyKey });
    let response: TransportResponse;
    let text: string;
    try {
      const request = {
        method: spec.method,
        headers,
        body,
        signal,
        ...(body instanceof ReadableStream ? { duplex: "half" as const } : {}),
      };
      response = await raceSignal(config.transport(url, request), signal);
      text = await raceSignal(response.text(), signal);
    } catch (cause) {
      if (spec.signal?.aborted) throw abortedError(spec, cause);
      if (timeout.signal.aborted) {
        const error = new RivyaTimeoutError(`${label} got no answer within ${timeoutMs} ms`, {
          code: "request_timeout",
          timeoutMs,
          taskId: spec.taskId,
          cause,
        });
        return { kind: "failure", error, retryable: true, outcomeUnknown: true };
      }
      const reason = redactText(cause instanceof Error ? cause.message : String(cause));
      const error = new RivyaConnectionError(`${label} failed before an HTTP answer: ${reason}`, {
        code: "connection_error",
        taskId: spec.taskId,
        cause,
      });
      return { kind: "failure", error, retryable: true, outcomeUnknown: !failedBeforeSending(cause) };
    }
    const requestId = response.headers.get("x-request-id") ?? undefined;
    if (response.status >= 200 && response.status < 300) {
      let data: T;
      try {
        data = (text === "" ? undefined : JSON.parse(text)) as T;
      } catch (cause) {
        const error = new RivyaError(`${label} answered ${response.status} with a body that is not JSON`, {
          code: "invalid_response",
          status: response.status,
          requestId,
          taskId: spec.taskId,
          cause,
        });
        // Safe to ask again when repeating cannot act twice: a read, or a keyed create (the
        // replay returns the same task).
        const repeatable = spec.method === "GET" || spec.idempotencyKey !== undefined;
        return { kind: "failure", error, retryable: repeatable, outcomeUnknown: true };
      }
      return {
        kind: "success",
        response: { data, status: response.status, requestId, headers: response.headers },
      };
    }
    const envelope = parseErrorEnvelope(text);
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), config.now());
    const error = mapApiError({
      ...envelope,
      requestId: envelope.requestId ?? requestId,
      status: response.status,
      method: spec.method,
      path: spec.path,
      retryAfterMs,
      taskId: spec.taskId,
    });
    return {
      kind: "failure",
      error,
      retryable: isRetryableStatus(response.status, envelope.code),
      retryAfterMs,
      outcomeUnknown: isUnknownOutcomeStatus(response.status, envelope.code),
    };
  } finally {
    timer.abort();
  }
}
