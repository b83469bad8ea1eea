import type { CreditEstimate } from "./estimate-credits.js";

/** Inputs of `checkBudget`. */
export interface CheckBudgetOptions {
  /** From `estimateCredits`. */
  estimate: CreditEstimate;
  /** Refuse when the estimate exceeds this many credits. @default no limit */
  maxCredits?: number | undefined;
  /** The account's balance from `GET /credits`. @default not checked */
  balance?: number | undefined;
}

/** Why a budget check refused. */
export type BudgetRefusal = "over_limit" | "unknown_price" | "insufficient_balance";

/** The verdict of `checkBudget`. */
export interface BudgetCheck {
  /** Whether to go ahead. */
  ok: boolean;
  /** Why not, as a sentence for the user. */
  reason?: string;
  /** Why not, for code. */
  code?: BudgetRefusal;
}

function credits(amount: number): string {
  return `${amount} credit${amount === 1 ? "" : "s"}`;
}

/**
 * Says whether to spend credits on an estimated request or batch: within `maxCredits`, and within
 * the balance. A limit cannot be guaranteed for a model whose price is unknown, so `maxCredits`
 * refuses such a batch; a balance check alone lets it through on its known part.
 */
export function checkBudget(options: CheckBudgetOptions): BudgetCheck {
  const { estimate, maxCredits, balance } = options;
  const approximate = estimate.exact ? "" : " (metered models are billed from usage; this is an estimate)";
  if (maxCredits !== undefined) {
    if (!estimate.complete) {
      const unknown = estimate.lines
        .filter((line) => line.basis === "unknown_model")
        .map((line) => line.model);
      return {
        ok: false,
        code: "unknown_price",
        reason: `cannot keep within maxCredits ${maxCredits}: the price of ${[...new Set(unknown)].join(", ")} is unknown (not in the catalog)`,
      };
    }
    if (estimate.total > maxCredits) {
      return {
        ok: false,
        code: "over_limit",
        reason: `estimated ${credits(estimate.total)} exceed maxCredits ${maxCredits}${approximate}`,
      };
    }
  }
  if (balance !== undefined && estimate.total > balance) {
    return {
      ok: false,
      code: "insufficient_balance",
      reason: `estimated ${credits(estimate.total)} exceed the balance of ${credits(balance)}${approximate}`,
    };
  }
  return { ok: true };
}
