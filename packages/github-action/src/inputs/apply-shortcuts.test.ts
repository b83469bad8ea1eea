import { describe, expect, it } from "vitest";
import { applyShortcuts } from "./apply-shortcuts.js";

describe("applyShortcuts", () => {
  it("uses the key spelling of the model", () => {
    expect(applyShortcuts("kling-3-0", {}, { aspectRatio: "9:16", duration: "10" })).toEqual({
      aspect_ratio: "9:16",
      duration: "10",
    });
    expect(applyShortcuts("veo3-1-fast", {}, { aspectRatio: "9:16" })).toEqual({ aspectRatio: "9:16" });
  });

  it("overrides the same parameter given in params, whatever its spelling", () => {
    expect(
      applyShortcuts("veo3-1-fast", { aspect_ratio: "16:9", watermark: "x" }, { aspectRatio: "9:16" }),
    ).toEqual({
      aspectRatio: "9:16",
      watermark: "x",
    });
  });

  it("falls back to the common spelling for a model the catalog does not know", () => {
    expect(applyShortcuts("future-model", {}, { negativePrompt: "blur", aspectRatio: "1:1" })).toEqual({
      negative_prompt: "blur",
      aspect_ratio: "1:1",
    });
  });

  it("leaves params alone without shortcuts", () => {
    const params = { mode: "pro" };
    expect(applyShortcuts("kling-3-0", params, {})).toEqual(params);
  });
});
