import { RivyaApiDisabledError } from "../errors/rivya-api-disabled-error.js";
import { RivyaApiError } from "../errors/rivya-api-error.js";
import { RivyaAuthenticationError } from "../errors/rivya-authentication-error.js";
import type { RivyaError } from "../errors/rivya-error.js";
import { RivyaIdempotencyConflictError } from "../errors/rivya-idempotency-conflict-error.js";
import { RivyaInsufficientCreditsError } from "../errors/rivya-insufficient-credits-error.js";
import { RivyaNotFoundError } from "../errors/rivya-not-found-error.js";
import { RivyaPermissionError } from "../errors/rivya-permission-error.js";
import { RivyaRateLimitError } from "../errors/rivya-rate-limit-error.js";
import { RivyaValidationError, type ValidationIssue } from "../errors/rivya-validation-error.js";
import { redactText } from "../logging/redact.js";
import type { ErrorEnvelope } from "./error-envelope.js";

/** An HTTP error answer, as the request executor saw it. */
export interface ApiErrorDetails extends ErrorEnvelope {
  status: number;
  method: string;
  path: string;
  retryAfterMs?: number | undefined;
  taskId?: string | undefined;
}

function describe(details: ApiErrorDetails): string {
  const code = details.code ?? `HTTP ${details.status}`;
  const message = details.message ?? "no message";
  const requestId = details.requestId ? ` (request ${details.requestId})` : "";
  return redactText(`${details.method} ${details.path} failed: ${code}: ${message}${requestId}`);
}

function issuesOf(details: ApiErrorDetails): ValidationIssue[] {
  if (Array.isArray(details.details)) {
    const issues = details.details.flatMap((item): ValidationIssue[] => {
      if (typeof item !== "object" || item === null) return [];
      const record = item as Record<string, unknown>;
      const message = typeof record["message"] === "string" ? record["message"] : undefined;
      if (!message) return [];
      const path = typeof record["path"] === "string" ? record["path"] : String(record["field"] ?? "");
      return [{ path, message }];
    });
    if (issues.length > 0) return issues;
  }
  return [{ path: "", message: details.message ?? "the API rejected the request" }];
}

/**
 * The typed error for an HTTP error answer. The `code` decides (it is the contract); the status is
 * the fallback for codes this version does not know yet.
 */
export function mapApiError(details: ApiErrorDetails): RivyaError {
  const { code, status } = details;
  const options = {
    code: code ?? `http_${status}`,
    status,
    requestId: details.requestId,
    taskId: details.taskId,
  };
  const message = describe(details);
  if (code?.startsWith("api_key_") || status === 401) {
    return new RivyaAuthenticationError(message, options);
  }
  if (code === "api_scope_denied" || status === 403) return new RivyaPermissionError(message, options);
  if (code === "insufficient_credits" || status === 402)
    return new RivyaInsufficientCreditsError(message, options);
  if (code === "idempotency_conflict") return new RivyaIdempotencyConflictError(message, options);
  if (code === "rate_limited" || status === 429) {
    return new RivyaRateLimitError(message, { ...options, retryAfterMs: details.retryAfterMs });
  }
  if (code === "public_api_disabled") return new RivyaApiDisabledError(message, options);
  if (code === "not_found" || status === 404) return new RivyaNotFoundError(message, options);
  if (code === "validation_failed" || code === "webhook_url_rejected" || status === 400 || status === 422) {
    return new RivyaValidationError(issuesOf(details), { ...options, message });
  }
  if (status === 409) return new RivyaIdempotencyConflictError(message, options);
  return new RivyaApiError(message, options);
}
