export {
  type BudgetCheck,
  type BudgetRefusal,
  type CheckBudgetOptions,
  checkBudget,
} from "./check-budget.js";
export {
  type CreditEstimate,
  type EstimateBasis,
  type EstimateCreditsOptions,
  type EstimateLine,
  type EstimateRequest,
  estimateCredits,
} from "./estimate-credits.js";
