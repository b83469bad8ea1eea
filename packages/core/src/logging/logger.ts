/** Log levels, from most to least verbose. `"off"` silences everything. */
export type LogLevel = "debug" | "info" | "warn" | "error" | "off";

/** Structured details of a log line (method, path, status, request id, attempt…). Secrets are redacted. */
export type LogFields = Record<string, unknown>;

/**
 * Where the client writes its log lines. Any object with these four methods works: `console`,
 * pino, winston, n8n's `this.logger`.
 */
export interface RivyaLogger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}
