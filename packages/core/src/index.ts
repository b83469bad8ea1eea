// Public surface of @rivya-kit/core. Pure: effects (transport, sleep, clock) are injected;
// `@rivya-kit/core/node` supplies Node defaults.
export * from "./catalog/index.js";
export * from "./client/index.js";
export * from "./durations/index.js";
export * from "./errors/index.js";
export * from "./files/index.js";
export * from "./generate/index.js";
export * from "./logging/index.js";
export * from "./manifest/index.js";
export * from "./polling/index.js";
export * from "./transport/index.js";
export * from "./webhooks/index.js";
