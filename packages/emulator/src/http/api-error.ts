/** Every error code the emulator answers with, and its HTTP status (API.md "Errors"). */
export const errorStatus = {
  api_key_missing: 401,
  api_key_invalid: 401,
  api_key_revoked: 401,
  api_key_expired: 401,
  api_scope_denied: 403,
  validation_failed: 400,
  webhook_url_rejected: 400,
  not_found: 404,
  idempotency_conflict: 409,
  insufficient_credits: 402,
  rate_limited: 429,
  public_api_disabled: 503,
  internal_error: 500,
} as const;

export type ApiErrorCode = keyof typeof errorStatus;

/** An error the API answers with Rivya's envelope `{error:{code,message,requestId}}`. */
export class ApiError extends Error {
  override readonly name: string = "ApiError";
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;

  constructor(code: ApiErrorCode, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.code = code;
    this.status = errorStatus[code];
    this.headers = headers;
  }
}
