import { describe, expect, it } from "vitest";
import { checkBudget } from "./check-budget.js";
import { estimateCredits } from "./estimate-credits.js";

const kling = estimateCredits([{ model: "kling-3-0" }, { model: "kling-v2-5-turbo-pro" }]); // 132

describe("checkBudget", () => {
  it("goes ahead within the limit and the balance, including exactly at them", () => {
    expect(checkBudget({ estimate: kling })).toEqual({ ok: true });
    expect(checkBudget({ estimate: kling, maxCredits: 132, balance: 132 })).toEqual({ ok: true });
  });

  it("refuses over maxCredits", () => {
    expect(checkBudget({ estimate: kling, maxCredits: 100, balance: 1000 })).toEqual({
      ok: false,
      code: "over_limit",
      reason: "estimated 132 credits exceed maxCredits 100",
    });
  });

  it("refuses over the balance", () => {
    expect(checkBudget({ estimate: kling, balance: 131 })).toEqual({
      ok: false,
      code: "insufficient_balance",
      reason: "estimated 132 credits exceed the balance of 131 credits",
    });
  });

  it("says when a metered model makes the figure an estimate", () => {
    const estimate = estimateCredits({ model: "elevenlabs-multilingual-v2" });
    expect(checkBudget({ estimate, maxCredits: 10 })).toEqual({
      ok: false,
      code: "over_limit",
      reason:
        "estimated 12 credits exceed maxCredits 10 (metered models are billed from usage; this is an estimate)",
    });
    expect(checkBudget({ estimate, balance: 1 }).reason).toBe(
      "estimated 12 credits exceed the balance of 1 credit (metered models are billed from usage; this is an estimate)",
    );
  });

  it("refuses maxCredits when a price is unknown, but lets a balance check pass on the known part", () => {
    const estimate = estimateCredits([
      { model: "kling-3-0" },
      { model: "kling-4-0" },
      { model: "kling-4-0" },
    ]);
    expect(checkBudget({ estimate, maxCredits: 1000 })).toEqual({
      ok: false,
      code: "unknown_price",
      reason: "cannot keep within maxCredits 1000: the price of kling-4-0 is unknown (not in the catalog)",
    });
    expect(checkBudget({ estimate, balance: 90 })).toEqual({ ok: true });
  });
});
