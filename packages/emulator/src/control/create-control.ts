import type { EmulatorState } from "../state/emulator-state.js";
import { taskStatus } from "../state/task-record.js";
import type { EmulatorControl } from "./emulator-control.js";

/** What the control needs from the running server beyond its state. */
export interface ControlHooks {
  /** Sends due webhook attempts and resolves when those in flight are done. */
  flush(): Promise<void>;
}

export function createControl(state: EmulatorState, hooks: ControlHooks): EmulatorControl {
  return {
    reset() {
      state.reset();
    },
    seedAccount: (options = {}) => state.accounts.seed(options),
    balance: (accountId = state.demoAccountId) => state.wallet.balance(accountId),
    now: () => state.clock.now(),
    setSpeed: (speed) => state.clock.setSpeed(speed),
    async advanceTime(ms) {
      state.clock.advance(ms);
      state.settle();
      await hooks.flush();
    },
    async flush() {
      state.settle();
      await hooks.flush();
    },
    injectFault: (fault) => state.faults.inject(fault),
    faults: () => state.faults.list(),
    clearFaults: () => state.faults.clear(),
    setPublicApiDisabled(disabled) {
      state.publicApiDisabled = disabled;
    },
    requests: (filter = {}) =>
      state.requests
        .filter((entry) => filter.method === undefined || entry.method === filter.method.toUpperCase())
        .filter((entry) => filter.path === undefined || entry.path === filter.path)
        .map((entry) => ({ ...entry })),
    tasks() {
      state.settle();
      const now = state.clock.now();
      return [...state.tasks.values()].map((task) => {
        const status = taskStatus(task, now);
        return {
          id: task.id,
          accountId: task.accountId,
          model: task.model,
          status,
          reservedCredits: task.reservedCredits,
          finalCredits: status === "succeeded" ? task.successCredits : 0,
          clientRequestId: task.clientRequestId,
          createdAt: task.createdAt,
          endsAt: task.endsAt,
        };
      });
    },
    charges: () => state.wallet.ledger.map((entry) => ({ ...entry })),
    deliveries: () =>
      state.webhooks.deliveries.map((delivery) => ({
        ...delivery,
        attempts: delivery.attempts.map((a) => ({ ...a })),
      })),
  };
}
