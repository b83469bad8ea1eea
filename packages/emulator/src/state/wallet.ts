import type { AccountStore } from "./account-store.js";
import type { IdGenerator } from "./id-generator.js";

/** One movement of credits: what tests inspect to prove "none paid twice". */
export interface LedgerEntry {
  id: string;
  accountId: string;
  taskId: string;
  /** `reserve` on create (negative), `refund` on failure, `settle` for a metered difference (positive). */
  kind: "reserve" | "refund" | "settle";
  /** Signed change of the balance. */
  credits: number;
  balanceAfter: number;
  /** Virtual epoch ms. */
  at: number;
}

/** Reserves, refunds and settles credits, recording each movement. */
export class Wallet {
  readonly ledger: LedgerEntry[] = [];

  constructor(
    private readonly accounts: AccountStore,
    private readonly newId: IdGenerator,
  ) {}

  balance(accountId: string): number {
    return this.accounts.account(accountId).credits;
  }

  /** Takes `credits` if the balance covers them; `false` (and nothing taken) otherwise. */
  tryReserve(accountId: string, taskId: string, credits: number, at: number): boolean {
    const account = this.accounts.account(accountId);
    if (account.credits < credits) return false;
    this.move(accountId, taskId, "reserve", -credits, at);
    return true;
  }

  move(accountId: string, taskId: string, kind: LedgerEntry["kind"], credits: number, at: number): void {
    const account = this.accounts.account(accountId);
    account.credits += credits;
    this.ledger.push({
      id: this.newId("chg"),
      accountId,
      taskId,
      kind,
      credits,
      balanceAfter: account.credits,
      at,
    });
  }
}
