import { describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { models } from "../catalog/models.js";
import { RivyaValidationError } from "../errors/rivya-validation-error.js";
import type { GenerationRequest } from "./generation-request.js";
import { validateModelRules } from "./validate-model-rules.js";
import { validateRequest } from "./validate-request.js";

const megabyte = 1024 * 1024;
const png = (name: string, sizeBytes = 2 * megabyte) => ({ mimeType: "image/png", sizeBytes, name });
const item = (index: number) => ({ url: `https://files.rivya.ai/${index}.png`, kind: "image" as const });

// The result of a check, or the issues it threw: what both functions must agree on.
function outcome(validate: () => unknown): unknown {
  try {
    return { result: validate() };
  } catch (error) {
    if (!RivyaValidationError.isInstance(error)) throw error;
    return { message: error.message, issues: error.issues };
  }
}

// Well-shaped requests (as TypeScript types them) touching every model rule, valid and not.
const requests: [string, GenerationRequest][] = [
  ["the documented minimal request", { model: "kling-3-0", prompt: "A red fox in the snow" }],
  [
    "params normalised, references with their kind filled in",
    {
      model: "kling-3-0",
      prompt: "The fox turns",
      params: { duration: 10, sound: true, mode: null },
      references: [png("a.png")],
      client_request_id: "page-1",
    },
  ],
  ["prompt missing", { model: "kling-3-0" }],
  ["prompt too long", { model: "kling-v2-5-turbo-pro", prompt: "a".repeat(2501) }],
  ["a select value not offered", { model: "kling-3-0", prompt: "x", params: { duration: "20" } }],
  ["an unknown key", { model: "kling-3-0", prompt: "x", params: { bogus: 1 } }],
  ["out of range and off step", { model: "elevenlabs-sound-effect-v2", params: { duration_seconds: 22.3 } }],
  ["a required param missing", { model: "elevenlabs-turbo-2-5", prompt: "Hello" }],
  [
    "an undocumented param of a partly documented model",
    { model: "sora-2-pro", prompt: "x", params: { x: 1 } },
  ],
  ["a file too large", { model: "kling-3-0", prompt: "x", references: [png("big.png", 12 * megabyte)] }],
  ["references for a model that takes none", { model: "z-image", prompt: "x", references: [png("a.png")] }],
  [
    "too many references",
    { model: "kling-3-0", prompt: "x", params: { referenceMediaItems: [0, 1, 2].map(item) } },
  ],
  [
    "a combination the model does not take",
    {
      model: "happyhorse-1-0",
      prompt: "x",
      references: [
        { mimeType: "video/mp4", sizeBytes: megabyte },
        ...[0, 1, 2, 3, 4, 5].map((index) => png(`${index}.png`)),
      ],
    },
  ],
  ["an unknown model, passed with a warning", { model: "kling-4-0", prompt: "", params: { anything: 1 } }],
];

describe("validateModelRules", () => {
  it.each(requests)("%s: the same outcome as validateRequest", (_name, request) => {
    expect(outcome(() => validateModelRules(request))).toEqual(outcome(() => validateRequest(request)));
  });

  it("uses the catalog it is given", () => {
    const catalog = createCatalog(models.filter((model) => model.id !== "kling-3-0"));
    const request = { model: "kling-3-0", prompt: "x", params: { duration: "20" } };
    expect(() => validateModelRules(request)).toThrow(RivyaValidationError);
    expect(validateModelRules(request, { catalog }).warnings).toEqual([
      'model "kling-3-0" is not in the catalog: prompt and params are sent without local checks',
    ]);
  });

  it("leaves the request's shape to validateRequest", () => {
    const unknownField = { model: "kling-3-0", prompt: "x", files: [] } as GenerationRequest;
    expect(validateModelRules(unknownField).body).toEqual({ model: "kling-3-0", prompt: "x" });
    expect(() => validateRequest(unknownField)).toThrow(
      "files: [] is not a request field (allowed: model, prompt, params, client_request_id, references)",
    );
  });
});
