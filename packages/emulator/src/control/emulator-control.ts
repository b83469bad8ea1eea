import type { ActiveFault } from "../faults/fault-registry.js";
import type { FaultSpec } from "../faults/fault-spec.js";
import type { SeedAccountOptions, SeededAccount } from "../state/account-store.js";
import type { RequestLogEntry } from "../state/request-log.js";
import type { TaskStatus } from "../state/task-record.js";
import type { LedgerEntry } from "../state/wallet.js";
import type { WebhookDeliverySnapshot } from "../webhooks/webhook-records.js";

/** A task as the control API reports it. */
export interface TaskSnapshot {
  id: string;
  accountId: string;
  model: string;
  status: TaskStatus;
  reservedCredits: number;
  finalCredits: number;
  clientRequestId: string | null;
  /** Virtual epoch ms. */
  createdAt: number;
  endsAt: number;
}

/** The programmatic handle on a running emulator (the same operations as `/__emulator/…`). */
export interface EmulatorControl {
  /** Back to the state right after start: demo account, no tasks, files, faults, webhooks or logs. */
  reset(): void;
  /** Creates an account (or adds a key to `accountId`) with credits and scopes. */
  seedAccount(options?: SeedAccountOptions): SeededAccount;
  /** Current balance of an account (the demo account by default). */
  balance(accountId?: string): number;
  /** Virtual now, epoch ms. */
  now(): number;
  /** Scales virtual time from now on (100 = a 90 s job takes 0.9 s). */
  setSpeed(speed: number): void;
  /** Jumps virtual time forward, settles due tasks and waits for the webhook attempts that fall due. */
  advanceTime(ms: number): Promise<void>;
  /** Waits for webhook deliveries in flight. */
  flush(): Promise<void>;
  /** Adds a fault; returns it with its id. */
  injectFault(fault: FaultSpec): ActiveFault;
  /** Active faults (count left, times fired). */
  faults(): ActiveFault[];
  clearFaults(): void;
  /** Switches the public API off (`public_api_disabled` 503) or on. */
  setPublicApiDisabled(disabled: boolean): void;
  /** Requests received, oldest first. */
  requests(filter?: { method?: string; path?: string }): RequestLogEntry[];
  /** Tasks created, oldest first. */
  tasks(): TaskSnapshot[];
  /** Every credit movement: reserve on create, refund on failure, settle for metered models. */
  charges(): LedgerEntry[];
  /** Every webhook delivery with its attempts, oldest first. */
  deliveries(): WebhookDeliverySnapshot[];
}
