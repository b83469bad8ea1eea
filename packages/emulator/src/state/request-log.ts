/** One request the emulator received (what tests inspect; keys are never stored). */
export interface RequestLogEntry {
  requestId: string;
  method: string;
  path: string;
  status: number;
  accountId: string | null;
  idempotencyKey: string | null;
  /** Set when an idempotent create was answered from the store. */
  replayed: boolean;
  /** The injected fault that hit this request, if any. */
  fault: string | null;
  /** Virtual epoch ms at arrival. */
  at: number;
}
