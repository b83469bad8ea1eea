import type { RivyaError } from "../errors/rivya-error.js";

// Connection failures that happen before a single byte of the request left: nothing can have been
// created, so there is nothing to reattach to.
const neverSentCodes = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EAI_NONAME"]);

function errorCode(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** Whether a transport failure certainly happened before the request was sent (refused, no DNS). */
export function failedBeforeSending(cause: unknown): boolean {
  const code = errorCode(cause) ?? errorCode((cause as { cause?: unknown } | null)?.cause);
  return code !== undefined && neverSentCodes.has(code);
}

/**
 * Whether an HTTP error answer leaves it open if the server acted on the request: a 5xx or 408
 * (a gateway may answer after forwarding), or a 429 (a proxy may throttle after forwarding). Only
 * a definite answer from the API says it did not: any other 4xx, or `public_api_disabled`.
 */
export function isUnknownOutcomeStatus(status: number, code: string | undefined): boolean {
  if (code === "public_api_disabled") return false;
  return status === 408 || status === 429 || status >= 500;
}

/**
 * Adds what a caller needs to reattach to an error from a keyed create: the key always, and
 * `taskMayExist` once any attempt ended with an unknown outcome.
 */
export function withCreateOutcome<E extends RivyaError>(
  error: E,
  idempotencyKey: string | undefined,
  outcomeUnknown: boolean,
): E {
  if (idempotencyKey === undefined) return error;
  error.idempotencyKey ??= idempotencyKey;
  if (outcomeUnknown) error.taskMayExist = true;
  return error;
}
