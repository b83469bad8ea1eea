// Types of chaos-run.mjs, for the TypeScript tests that import it.

/** A fault as the emulator's control API takes it. */
export interface ChaosFault {
  kind: string;
  phase?: "before" | "after";
  status?: number;
  retryAfterSeconds?: number;
  delayMs?: number;
}

export interface ChaosSettings {
  flows: number;
  /** Share (0–1) of API requests that get a fault. */
  faultRate: number;
  concurrency: number;
  /** Time acceleration of the emulator and the client. */
  speed: number;
  /** The client's per-request timeout, in real milliseconds. */
  requestTimeoutRealMs: number;
  /** How long slow headers hold the answer, in real milliseconds (more than the request timeout). */
  slowHeadersRealMs: number;
  seed?: number;
  /** Extra client options, e.g. `{ createRetryWindowMs: 0 }`. */
  clientOptions?: Record<string, unknown>;
}

/** The core and emulator a run uses (built or source). */
export interface ChaosModules {
  // biome-ignore lint/suspicious/noExplicitAny: the caller's own typed functions are passed through
  createRivyaClient: (options: any) => unknown;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  generate: (client: any, request: any) => Promise<{ taskId?: string | undefined; status: string }>;
  nodeSleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  startEmulator: (options: any) => Promise<any>;
}

export interface ChaosFigures {
  flows: number;
  /** Each fault kind's probability per request. */
  perKind: number;
  faultKinds: number;
  completed: number;
  tasks: number;
  /** Tasks beyond the first for one flow. */
  duplicates: number;
  reserves: number;
  /** Tasks with more than one credit reservation. */
  chargedTwice: number;
  /** Tasks whose flow ended without learning their id. */
  orphanedById: number;
  /** … of which the flow's error did not even carry a key with `taskMayExist`. */
  orphanedWithoutKey: number;
  /** Failed flows by error code. */
  failures: Map<string, number>;
  requests: number;
  faulted: number;
  faultedKinds: number;
  creates: number;
  replayed: number;
  wallMs: number;
}

export function chaosFaults(slowHeadersRealMs: number): ChaosFault[];
export function runChaos(settings: ChaosSettings, modules: ChaosModules): Promise<ChaosFigures>;
