/**
 * Waits `ms` milliseconds. Should reject when `signal` aborts and release its timer; the client
 * also races every sleep against the signal itself, so a sleep that ignores it still cannot delay
 * an abort. Durable workflow engines can supply their own (e.g. a step that suspends the run).
 */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Milliseconds since the epoch (like `Date.now`). Injected so tests and engines control time. */
export type Clock = () => number;

/** A number in [0, 1) (like `Math.random`), for jitter and idempotency keys. */
export type Random = () => number;
