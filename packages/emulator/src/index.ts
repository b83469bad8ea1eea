// Public surface of @rivya-kit/emulator.
export type { EmulatorControl, TaskSnapshot } from "./control/emulator-control.js";
export { defaultApiKey, type EmulatorOptions } from "./emulator-options.js";
export type { ActiveFault } from "./faults/fault-registry.js";
export type { FaultKind, FaultMatch, FaultSpec } from "./faults/fault-spec.js";
export type { ApiErrorCode } from "./http/api-error.js";
export { type RunningEmulator, startEmulator } from "./start-emulator.js";
export type { SeedAccountOptions, SeededAccount } from "./state/account-store.js";
export type { RateLimitOptions } from "./state/rate-limiter.js";
export type { RequestLogEntry } from "./state/request-log.js";
export type { TaskStatus } from "./state/task-record.js";
export type { TaskTimeline, TaskTimelines } from "./state/task-timeline.js";
export type { LedgerEntry } from "./state/wallet.js";
export type { WebhookAttempt, WebhookDeliverySnapshot } from "./webhooks/webhook-records.js";
