import { describe, expect, expectTypeOf, it } from "vitest";
import { defineRequest } from "../validation/define-request.js";
import type { GenerationRequest } from "../validation/generation-request.js";
import { validateRequest } from "../validation/validate-request.js";
import type { KnownModelId, ModelId, ModelParams } from "./model-types.js";
import { models } from "./models.js";

// These tests are checked by `tsc` (the @ts-expect-error lines fail the typecheck when the types
// stop refusing them) and run by vitest (the accepted values really validate).
describe("types derived from the catalog data", () => {
  it("knows every model id, and still accepts any string as a ModelId", () => {
    expectTypeOf<"kling-3-0">().toExtend<KnownModelId>();
    expectTypeOf<"elevenlabs-dialogue-v3">().toExtend<KnownModelId>();
    expectTypeOf<"kling-9-9">().not.toExtend<KnownModelId>();
    const future: ModelId = "kling-9-9";
    expect(models.map((model) => model.id)).not.toContain(future);
  });

  it("gives kling-3-0 literal options, accepting numbers and booleans for them", () => {
    const params: ModelParams<"kling-3-0"> = { duration: 5, sound: true, mode: "pro", aspect_ratio: "9:16" };
    expectTypeOf<NonNullable<ModelParams<"kling-3-0">["mode"]>>().toEqualTypeOf<"std" | "pro">();
    expect(validateRequest({ model: "kling-3-0", prompt: "x", params }).body.params).toEqual({
      duration: "5",
      sound: "true",
      mode: "pro",
      aspect_ratio: "9:16",
    });
    // @ts-expect-error 20 is not a duration of kling-3-0
    const wrongDuration: ModelParams<"kling-3-0"> = { duration: 20 };
    // @ts-expect-error kling-3-0 has no cfg_scale
    const wrongKey: ModelParams<"kling-3-0"> = { cfg_scale: 0.5 };
    expect([wrongDuration, wrongKey]).toHaveLength(2);
  });

  it("types numbers, text and uploaded references", () => {
    const params: ModelParams<"kling-v2-5-turbo-pro"> = {
      cfg_scale: 0.5,
      negative_prompt: "blur",
      referenceMediaItems: [{ url: "https://files.rivya.ai/a.png", kind: "image" }],
    };
    expect(validateRequest({ model: "kling-v2-5-turbo-pro", prompt: "x", params }).body.params).toEqual(
      params,
    );
    // @ts-expect-error cfg_scale is a number
    const wrongType: ModelParams<"kling-v2-5-turbo-pro"> = { cfg_scale: "high" };
    expect(wrongType).toBeDefined();
  });

  it("makes required params required, and lets partly documented models take extra keys", () => {
    // @ts-expect-error voice is required
    const missing: ModelParams<"elevenlabs-turbo-2-5"> = {};
    const withVoice: ModelParams<"elevenlabs-turbo-2-5"> = { voice: "TX3LPaxmHKxFdv7VOQHJ" };
    const extra: ModelParams<"sora-2-pro"> = { remove_watermark: "true", size: "high" };
    expect(validateRequest({ model: "sora-2-pro", prompt: "x", params: extra }).warnings).toHaveLength(1);
    expect([missing, withVoice]).toHaveLength(2);
  });

  it("types a whole request through defineRequest, usable wherever a GenerationRequest is", () => {
    const request = defineRequest({
      model: "kling-v2-5-turbo-pro",
      prompt: "x",
      params: { duration: 10, cfg_scale: 0.2 },
    });
    const loose: GenerationRequest = request;
    expect(validateRequest(loose).body.params).toEqual({ duration: "10", cfg_scale: 0.2 });
    // @ts-expect-error kling-v2-5-turbo-pro offers 5 and 10 seconds only
    const wrong = defineRequest({ model: "kling-v2-5-turbo-pro", prompt: "x", params: { duration: 15 } });
    expect(() => validateRequest(wrong)).toThrow(
      'params.duration: "15" is not allowed for kling-v2-5-turbo-pro',
    );
  });
});
