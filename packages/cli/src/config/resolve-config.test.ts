import { describe, expect, it } from "vitest";
import { resolveConfig } from "./resolve-config.js";

describe("resolveConfig", () => {
  const env = { RIVYA_API_KEY: "rvya_sk_env", RIVYA_BASE_URL: "http://env.example" };

  it("flags override the environment", () => {
    expect(resolveConfig({ apiKey: "rvya_sk_flag", baseUrl: "http://flag.example" }, env)).toEqual({
      apiKey: "rvya_sk_flag",
      baseUrl: "http://flag.example",
    });
  });

  it("falls back to the environment; empty values count as unset", () => {
    expect(resolveConfig({}, env)).toEqual({ apiKey: "rvya_sk_env", baseUrl: "http://env.example" });
    expect(resolveConfig({ apiKey: "" }, { RIVYA_API_KEY: "" })).toEqual({
      apiKey: undefined,
      baseUrl: undefined,
    });
  });
});
