import { describe, expect, it } from "vitest";
import { createCatalog, getModel } from "../catalog/catalog.js";
import { estimateCredits } from "./estimate-credits.js";

describe("estimateCredits", () => {
  it("prices a mixed batch to the credit: fixed video and image, metered audio", () => {
    const estimate = estimateCredits([
      { model: "kling-3-0" },
      { model: "kling-3-0" },
      { model: "kling-v2-5-turbo-pro" },
      { model: "elevenlabs-turbo-2-5" },
      { model: "z-image" },
      { model: "seedance-2" },
    ]);
    expect(estimate.total).toBe(90 + 90 + 42 + 6 + 1 + 175);
    expect(estimate.total).toBe(404);
    expect(estimate.complete).toBe(true);
    expect(estimate.exact).toBe(false);
    expect(estimate.lines[3]).toEqual({
      model: "elevenlabs-turbo-2-5",
      credits: 6,
      billing: "METERED",
      basis: "metered_estimate",
    });
    expect(estimate.lines[0]).toEqual({ model: "kling-3-0", credits: 90, billing: "FIXED", basis: "fixed" });
  });

  it("prices a single request, exactly when its model has a fixed price", () => {
    expect(estimateCredits({ model: "kling-v2-5-turbo-pro" })).toEqual({
      total: 42,
      lines: [{ model: "kling-v2-5-turbo-pro", credits: 42, billing: "FIXED", basis: "fixed" }],
      complete: true,
      exact: true,
    });
  });

  it("leaves an unknown model's price out of the total and says so", () => {
    const estimate = estimateCredits([{ model: "kling-3-0" }, { model: "kling-4-0" }]);
    expect(estimate.total).toBe(90);
    expect(estimate.complete).toBe(false);
    expect(estimate.exact).toBe(false);
    expect(estimate.lines[1]).toEqual({
      model: "kling-4-0",
      credits: undefined,
      billing: undefined,
      basis: "unknown_model",
    });
  });

  it("uses the given catalog's prices (e.g. merged with GET /models)", () => {
    const catalog = createCatalog([{ ...getModel("kling-3-0")!, credits: 100 }]);
    expect(estimateCredits([{ model: "kling-3-0" }, { model: "kling-3-0" }], { catalog }).total).toBe(200);
  });

  it("prices an empty batch at zero", () => {
    expect(estimateCredits([])).toEqual({ total: 0, lines: [], complete: true, exact: true });
  });
});
