import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultApiKey, type EmulatorOptions } from "../emulator-options.js";
import { FaultRegistry } from "../faults/fault-registry.js";
import { ResultCache } from "../media/result-cache.js";
import { WebhookStore } from "../webhooks/webhook-records.js";
import { AccountStore } from "./account-store.js";
import type { FileRecord } from "./file-record.js";
import { createIdGenerator, type IdGenerator } from "./id-generator.js";
import { IdempotencyStore } from "./idempotency-store.js";
import { RateLimiter } from "./rate-limiter.js";
import type { RequestLogEntry } from "./request-log.js";
import { createSeededRandom, type RandomSource } from "./seeded-random.js";
import type { TaskRecord } from "./task-record.js";
import { createVirtualClock, type VirtualClock } from "./virtual-clock.js";
import { Wallet } from "./wallet.js";

/** Everything the emulator knows; `reset()` returns it to the state right after start. */
export class EmulatorState {
  readonly clock: VirtualClock;
  random!: RandomSource;
  newId!: IdGenerator;
  accounts!: AccountStore;
  wallet!: Wallet;
  faults!: FaultRegistry;
  idempotency!: IdempotencyStore;
  rateLimiter!: RateLimiter | null;
  tasks!: Map<string, TaskRecord>;
  /** Tasks not yet settled, so settling never scans finished ones. */
  pendingTasks!: Set<TaskRecord>;
  files!: Map<string, FileRecord>;
  /** Rendered results by task id (ids repeat after a reset, so the cache is reset too). */
  results!: ResultCache;
  requests!: RequestLogEntry[];
  webhooks!: WebhookStore;
  publicApiDisabled = false;
  demoAccountId!: string;
  /** Called once per task when it reaches `succeeded` or `failed`. */
  onTaskSettled: (task: TaskRecord) => void = () => {};
  /** Where uploads are written while the emulator runs. */
  readonly uploadDirectory: string;
  /** Seed of `duration_token` signatures. */
  readonly tokenSecret: string;

  constructor(readonly options: EmulatorOptions) {
    this.clock = createVirtualClock({
      start: options.startTime ?? Date.now(),
      speed: options.speed ?? 1,
      realNow: () => performance.now(),
    });
    this.uploadDirectory = mkdtempSync(join(tmpdir(), "rivya-emulator-"));
    this.tokenSecret = `emulator-${options.seed ?? 1}`;
    this.reset();
  }

  reset(): void {
    this.random = createSeededRandom(this.options.seed ?? 1);
    this.newId = createIdGenerator(this.random);
    this.accounts = new AccountStore(this.newId);
    this.wallet = new Wallet(this.accounts, this.newId);
    this.faults = new FaultRegistry(this.random, this.newId);
    this.idempotency = new IdempotencyStore();
    this.rateLimiter =
      this.options.rateLimit === false
        ? null
        : new RateLimiter({ limit: 600, windowMs: 60_000, ...this.options.rateLimit });
    this.tasks = new Map();
    this.pendingTasks = new Set();
    for (const file of this.files?.values() ?? []) rmSync(file.path, { force: true });
    this.files = new Map();
    // A 15 s result at the 1080p tier is about 360 KB: this keeps a few hundred.
    this.results = new ResultCache(64 * 1024 * 1024);
    this.requests = [];
    this.webhooks = new WebhookStore();
    this.publicApiDisabled = false;
    this.demoAccountId = this.accounts.seed({
      apiKey: this.options.apiKey ?? defaultApiKey,
      credits: this.options.credits ?? 10_000,
      accountId: "acct_demo",
    }).accountId;
    for (const account of this.options.accounts ?? []) this.accounts.seed(account);
  }

  /** Settles every task whose timeline has ended: credits first, then events, in end order. */
  settle(): void {
    const now = this.clock.now();
    if (this.pendingTasks.size === 0) return;
    const due = [...this.pendingTasks].filter((task) => task.endsAt <= now);
    due.sort((a, b) => a.endsAt - b.endsAt);
    for (const task of due) {
      task.settled = true;
      this.pendingTasks.delete(task);
      if (task.outcome === "failed") {
        this.wallet.move(task.accountId, task.id, "refund", task.reservedCredits, task.endsAt);
      } else if (task.successCredits < task.reservedCredits) {
        this.wallet.move(
          task.accountId,
          task.id,
          "settle",
          task.reservedCredits - task.successCredits,
          task.endsAt,
        );
      }
      this.onTaskSettled(task);
    }
  }

  dispose(): void {
    rmSync(this.uploadDirectory, { recursive: true, force: true });
  }
}
