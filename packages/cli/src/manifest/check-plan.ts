import type { ManifestPlan } from "@rivya-kit/core";
import { CommandFailure } from "../errors/command-failure.js";
import { ExitCode } from "../errors/exit-codes.js";

/**
 * Fails with exit 2 when an entry is invalid, 4 when the total is over the budget or the balance
 * (nothing is sent in either case). `document` is what `--json` prints.
 */
export function checkPlan(plan: ManifestPlan, document: Record<string, unknown>): void {
  if (plan.problems.length > 0) {
    const count = plan.problems.length;
    throw new CommandFailure(`${count} problem${count === 1 ? "" : "s"} in the manifest; nothing was sent`, {
      exitCode: ExitCode.validation,
      code: "invalid_manifest",
      document,
    });
  }
  if (plan.overBudget || plan.overBalance) {
    const limit = plan.overBudget ? `the budget of ${plan.budget}` : `the balance of ${plan.balance}`;
    throw new CommandFailure(`the plan needs ${plan.total} credits, over ${limit}; nothing was sent`, {
      exitCode: ExitCode.credits,
      code: plan.overBudget ? "budget_exceeded" : "insufficient_credits",
      document,
    });
  }
}
