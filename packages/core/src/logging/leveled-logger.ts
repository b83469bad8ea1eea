import type { LogFields, LogLevel, RivyaLogger } from "./logger.js";
import { redact, redactText } from "./redact.js";

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, off: 100 };

/**
 * Wraps `logger` so lines below `level` are dropped and every message and field is redacted.
 * Without a logger the result writes nothing.
 */
export function createLeveledLogger(logger: RivyaLogger | undefined, level: LogLevel = "warn"): RivyaLogger {
  const write =
    (method: keyof RivyaLogger) =>
    (message: string, fields?: LogFields): void => {
      if (!logger || rank[method] < rank[level]) return;
      const safeMessage = redactText(message);
      if (fields === undefined) logger[method](safeMessage);
      else logger[method](safeMessage, redact(fields) as LogFields);
    };
  return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") };
}
