export { createLeveledLogger } from "./leveled-logger.js";
export type { LogFields, LogLevel, RivyaLogger } from "./logger.js";
export { redact, redactText } from "./redact.js";
