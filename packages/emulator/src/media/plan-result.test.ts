import { models } from "@rivya-kit/core/catalog";
import { describe, expect, it } from "vitest";
import { planResult } from "./plan-result.js";

function plan(modelId: string, params: Record<string, unknown> = {}, prompt: string | null = "p") {
  const model = models.find((candidate) => candidate.id === modelId);
  if (!model) throw new Error(`no model ${modelId}`);
  const images = [
    { path: "/a.png", mimeType: "image/png" },
    { path: "/b.png", mimeType: "image/png" },
  ].slice(0, Number(params.images ?? 0));
  return planResult(model, prompt, params, images);
}

describe("planResult (API.md DECISION: emulator results)", () => {
  it.each([
    ["wan-2-5-video", { resolution: "480p" }, 284, 160],
    ["wan-2-5-video", { resolution: "1080p" }, 640, 360],
    ["hailuo-standard", { resolution: "768P" }, 456, 256],
    ["runway", { quality: "1080p", aspectRatio: "4:3" }, 480, 360],
    ["sora-2-pro", { size: "high", aspect_ratio: "portrait" }, 360, 640],
    ["sora-2", {}, 426, 240],
    ["kling-3-0", { mode: "std" }, 426, 240],
    ["kling-2-6", {}, 360, 360],
    ["seedance-1-0-lite", { aspect_ratio: "9:21" }, 240, 560],
    ["veo3-1-fast", { aspectRatio: "Auto" }, 426, 240],
  ])("%s %j is %d×%d", (modelId, params, width, height) => {
    expect(plan(modelId, params)).toMatchObject({ kind: "video", width, height, fps: 24 });
  });

  it.each([
    ["kling-3-0", {}, 5],
    ["kling-3-0", { duration: "13" }, 13],
    ["seedance-2", { duration: 7 }, 7],
    ["sora-2", { n_frames: "15" }, 15],
    ["hailuo-pro", {}, 6],
    ["veo3-1-lite", {}, 8],
    ["wan-2-2-a14b-turbo", {}, 5],
  ])("%s %j lasts %d s", (modelId, params, seconds) => {
    expect(plan(modelId, params)).toMatchObject({ kind: "video", seconds });
  });

  it("has sound when asked for, by default or always", () => {
    const sound = (modelId: string, params: Record<string, unknown> = {}) =>
      (plan(modelId, params) as { sound: boolean }).sound;
    expect([sound("kling-3-0"), sound("kling-3-0", { sound: "true" })]).toEqual([false, true]);
    expect([sound("seedance-2"), sound("seedance-2", { generate_audio: "false" })]).toEqual([true, false]);
    expect([sound("seedance-1-5-pro"), sound("veo3-1-fast"), sound("sora-2"), sound("runway")]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it("ends on the second image only for models whose second image is the last frame", () => {
    const lastImage = (modelId: string) => (plan(modelId, { images: 2 }) as { lastImage: unknown }).lastImage;
    expect(lastImage("kling-3-0")).toEqual({ path: "/b.png", mimeType: "image/png" });
    expect(lastImage("kling-v2-5-turbo-pro")).not.toBeNull();
    expect(lastImage("hailuo-pro")).not.toBeNull();
    expect(lastImage("veo3-1-lite")).toBeNull();
    expect(plan("kling-3-0", { images: 1 })).toMatchObject({
      firstImage: { path: "/a.png" },
      lastImage: null,
    });
  });

  it("sizes images by ratio and tier, and audio by duration_seconds or text length", () => {
    expect(plan("nano-banana", { imageSize: "16:9" })).toMatchObject({
      kind: "image",
      width: 256,
      height: 144,
    });
    expect(plan("nano-banana-2", { aspect_ratio: "8:1", resolution: "4K" })).toMatchObject({
      width: 1024,
      height: 128,
    });
    expect(plan("seedream-4-5", { quality: "high", aspectRatio: "3:2" })).toMatchObject({
      width: 1024,
      height: 684,
    });
    expect(plan("seedream-3-0", { image_size: "landscape_16_9" })).toMatchObject({ width: 256, height: 144 });
    expect(plan("elevenlabs-sound-effect-v2", { duration_seconds: 12 })).toEqual({
      kind: "audio",
      seconds: 12,
    });
    expect(plan("elevenlabs-turbo-2-5", {}, "x".repeat(150))).toEqual({ kind: "audio", seconds: 10 });
    expect(plan("suno-music")).toEqual({ kind: "audio", seconds: 120 });
  });
});
