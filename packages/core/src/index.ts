// Public surface of @rivya-kit/core. Pure: effects (transport, sleep, clock) are injected;
// `@rivya-kit/core/node` supplies Node defaults.
export * from "./catalog/index.js";
export * from "./errors/index.js";
