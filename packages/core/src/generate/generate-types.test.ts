import { describe, expect, expectTypeOf, it } from "vitest";
import type { ModelParams } from "../catalog/model-types.js";
import { createRivyaClient } from "../client/create-rivya-client.js";
import { RivyaValidationError } from "../errors/rivya-validation-error.js";
import { estimateCredits } from "../estimate/estimate-credits.js";
import { scriptedTransport, timerSleep } from "../testing/fake-transport.js";
import { generate } from "./generate.js";
import type { GenerateRequest } from "./generate-request.js";

// Type-level tests: `tsc` (the package's typecheck) fails when an `@ts-expect-error` line stops being
// an error, and vitest runs the same calls to show the runtime validation refuses what the types
// refuse, before any request is sent.
function offlineClient() {
  const transport = scriptedTransport([{ status: 500 }]);
  const client = createRivyaClient({ apiKey: "rvya_sk_test", fetch: transport, sleep: timerSleep });
  return { client, transport };
}

async function refusal(run: () => Promise<unknown>): Promise<string> {
  const error = await run().catch((caught: unknown) => caught);
  expect(RivyaValidationError.isInstance(error)).toBe(true);
  return (error as RivyaValidationError).message;
}

describe("generate is typed by the catalog", () => {
  it("gives a known model its own params (kling-3-0: literal options)", () => {
    expectTypeOf<NonNullable<GenerateRequest<"kling-3-0">["params"]>>().toEqualTypeOf<
      ModelParams<"kling-3-0">
    >();
    expectTypeOf<NonNullable<ModelParams<"kling-3-0">["aspect_ratio"]>>().toEqualTypeOf<
      "16:9" | "9:16" | "1:1"
    >();
    const typeOnly = (client: ReturnType<typeof offlineClient>["client"]) => [
      generate(client, { model: "kling-3-0", prompt: "a fox", params: { duration: 10, mode: "std" } }),
      generate(client, { model: "kling-3-0", prompt: "a fox", params: { duration: "15", sound: true } }),
    ];
    expect(typeOnly).toBeTypeOf("function");
  });

  it("refuses a wrong value or an unknown key for kling-3-0, in the types and at run time", async () => {
    const { client, transport } = offlineClient();
    const wrongValue = await refusal(() =>
      // @ts-expect-error 20 s is not a duration kling-3-0 offers (3 to 15)
      generate(client, { model: "kling-3-0", prompt: "a fox", params: { duration: "20" } }),
    );
    expect(wrongValue).toContain('params.duration: "20" is not allowed for kling-3-0');
    const unknownKey = await refusal(() =>
      // @ts-expect-error kling-3-0 has no param named bogus
      generate(client, { model: "kling-3-0", prompt: "a fox", params: { bogus: 1 } }),
    );
    expect(unknownKey).toContain("params.bogus: 1 is not a parameter of kling-3-0");
    expect(transport.requests).toHaveLength(0);
  });

  it("types kling-v2-5-turbo-pro's numbers, text and options", async () => {
    expectTypeOf<NonNullable<GenerateRequest<"kling-v2-5-turbo-pro">["params"]>>().toEqualTypeOf<
      ModelParams<"kling-v2-5-turbo-pro">
    >();
    expectTypeOf<ModelParams<"kling-v2-5-turbo-pro">["cfg_scale"]>().toEqualTypeOf<number | undefined>();
    const { client, transport } = offlineClient();
    const request = {
      model: "kling-v2-5-turbo-pro",
      prompt: "a fox",
      params: { duration: 10, cfg_scale: 0.3, negative_prompt: "blur" },
    } satisfies GenerateRequest<"kling-v2-5-turbo-pro">;
    expect(estimateCredits(request).total).toBe(42);
    const wrongType = await refusal(() =>
      // @ts-expect-error cfg_scale is a number from 0 to 1
      generate(client, { model: "kling-v2-5-turbo-pro", prompt: "a fox", params: { cfg_scale: "high" } }),
    );
    expect(wrongType).toContain('params.cfg_scale: "high" is not a number');
    const wrongOption = await refusal(() =>
      // @ts-expect-error kling-v2-5-turbo-pro offers 5 and 10 seconds only
      generate(client, { model: "kling-v2-5-turbo-pro", prompt: "a fox", params: { duration: 15 } }),
    );
    expect(wrongOption).toContain('params.duration: "15" is not allowed for kling-v2-5-turbo-pro');
    expect(transport.requests).toHaveLength(0);
  });

  it("keeps loose params for ids outside the catalog and for ids known only at run time", () => {
    expectTypeOf<NonNullable<GenerateRequest<"kling-9-9">["params"]>>().toEqualTypeOf<
      Record<string, unknown>
    >();
    expectTypeOf<NonNullable<GenerateRequest<string>["params"]>>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<NonNullable<GenerateRequest["params"]>>().toEqualTypeOf<Record<string, unknown>>();
    const fromConfig: string = "kling-3-0";
    const typeOnly = (client: ReturnType<typeof offlineClient>["client"]) => [
      generate(client, { model: "kling-9-9", prompt: "x", params: { anything: [1, 2] } }),
      generate(client, { model: fromConfig, prompt: "x", params: { duration: "20" } }),
    ];
    expect(typeOnly).toBeTypeOf("function");
  });
});

describe("client.generations.create and estimateCredits are typed the same way", () => {
  it("refuses what generate refuses", async () => {
    const { client, transport } = offlineClient();
    const created = await refusal(() =>
      // @ts-expect-error 20 s is not a duration of kling-3-0
      client.generations.create({ model: "kling-3-0", prompt: "x", params: { duration: 20 } }),
    );
    expect(created).toContain("params.duration");
    const waited = await refusal(() =>
      client.generations.createAndWait({
        model: "kling-v2-5-turbo-pro",
        prompt: "x",
        // @ts-expect-error kling-v2-5-turbo-pro has no sound param
        params: { sound: "true" },
      }),
    );
    expect(waited).toContain("params.sound");
    expect(transport.requests).toHaveLength(0);

    // @ts-expect-error 4:3 is not an aspect ratio of kling-3-0
    expect(estimateCredits({ model: "kling-3-0", params: { aspect_ratio: "4:3" } }).total).toBe(90);
    // @ts-expect-error kling-v2-5-turbo-pro has no param named seed
    expect(estimateCredits({ model: "kling-v2-5-turbo-pro", params: { seed: 1 } }).total).toBe(42);
    expect(estimateCredits({ model: "some-new-model", params: { seed: 1 } }).complete).toBe(false);
  });
});
