import { describe, expect, it } from "vitest";
import { RivyaValidationError } from "../errors/rivya-validation-error.js";
import { estimateCredits } from "../estimate/estimate-credits.js";
import { validateRequest } from "../validation/validate-request.js";
import { defaultCatalog } from "./catalog.js";
import { mergeLiveModels } from "./merge-live-models.js";

// Entries shaped like API.md's GET /models, with fields this library does not read.
const live = [
  {
    id: "kling-3-0",
    display_name: "Kling 3.0",
    category: "video",
    runtime: "async_task",
    base_credits: 95,
    billing_type: "FIXED",
    api_status: "available",
    notices: [],
  },
  {
    id: "seedance-2",
    category: "video",
    base_credits: 175,
    billing_type: "FIXED",
    api_status: "coming_soon",
  },
  {
    id: "kling-4-0",
    display_name: "Kling 4.0",
    category: "video",
    base_credits: 120,
    billing_type: "FIXED",
    max_prompt_length: 3000,
    api_status: "available",
    supported_api_inputs: ["text", "file"],
    params: [
      { key: "duration", type: "select", required: false, default: "5", options: ["5", "10"] },
      { key: "strength", type: "number", required: false, default: null, min: 0, max: 2, step: 0.5 },
    ],
    reference_media: {
      max_files: 1,
      kinds: ["image"],
      limits: { image: { max_bytes: 5242880, mime_types: ["image/png"] } },
    },
  },
  { id: "rivya-chat", category: "chat", base_credits: 1, api_status: "available" },
  { id: "mystery", category: "video", api_status: "available" },
  { display_name: "no id" },
];

describe("mergeLiveModels", () => {
  const { catalog, warnings } = mergeLiveModels(defaultCatalog, live);

  it("takes live prices and availability for known models, and reports a price change", () => {
    expect(catalog.get("kling-3-0")).toMatchObject({ credits: 95, apiStatus: "available", promptMax: 2000 });
    expect(catalog.get("kling-3-0")?.params).toBe(defaultCatalog.get("kling-3-0")?.params);
    expect(estimateCredits({ model: "kling-3-0" }, { catalog }).total).toBe(95);
    expect(warnings).toContain("kling-3-0: base credits are 95 live (built-in catalog: 90)");
  });

  it("adds models only GET /models knows, with their live params and reference rules", () => {
    expect(catalog.get("kling-4-0")).toMatchObject({
      displayName: "Kling 4.0",
      credits: 120,
      promptMax: 3000,
      paramsComplete: false,
      origin: "live",
      references: { maxFiles: 1, kinds: ["image"], maxBytes: { image: 5242880 } },
    });
    expect(warnings).toContain(
      "kling-4-0: new in GET /models (not in the built-in catalog): checked with its live params only",
    );
    const validated = validateRequest(
      { model: "kling-4-0", prompt: "x", params: { duration: 10, strength: 1.5 } },
      { catalog },
    );
    expect(validated.body.params).toEqual({ duration: "10", strength: 1.5 });
    expect(() =>
      validateRequest({ model: "kling-4-0", prompt: "x", params: { strength: 1.2 } }, { catalog }),
    ).toThrow("params.strength: 1.2 is not allowed for kling-4-0 (allowed: 0 to 2 in steps of 0.5)");
    expect(() =>
      validateRequest(
        { model: "kling-4-0", prompt: "x", references: [{ mimeType: "image/jpeg", sizeBytes: 10 }] },
        { catalog },
      ),
    ).toThrow(
      'references[0]: type "image/jpeg" is not accepted by kling-4-0 for image files (allowed: image/png)',
    );
  });

  it("refuses a model whose api_status is not available", () => {
    let caught: unknown;
    try {
      validateRequest({ model: "seedance-2", prompt: "x" }, { catalog });
    } catch (error) {
      caught = error;
    }
    expect(RivyaValidationError.isInstance(caught)).toBe(true);
    expect((caught as Error).message).toBe(
      'model: "seedance-2" is not available through the API (api_status: coming_soon; allowed: models whose api_status is available)',
    );
  });

  it("skips chat models, entries without an id, and new models without a price", () => {
    expect(catalog.has("rivya-chat")).toBe(false);
    expect(catalog.has("mystery")).toBe(false);
    expect(warnings).toContain(
      "mystery: new in GET /models but without a category or base_credits: treated as unknown",
    );
    expect(warnings).toContain("GET /models entry 5 has no usable id: skipped");
  });

  it("keeps built-in models the live list does not show, and says which", () => {
    expect(catalog.get("kling-2-6")?.credits).toBe(55);
    const missing = warnings.find((warning) => warning.startsWith("not listed by GET /models"));
    expect(missing).toContain("kling-2-6");
    expect(missing).not.toContain("kling-3-0");
  });

  it("keeps video first after merging", () => {
    expect(catalog.list({ category: "video" }).map((model) => model.id)).toContain("kling-4-0");
    expect(catalog.models.findIndex((model) => model.category !== "video")).toBe(23);
  });
});
