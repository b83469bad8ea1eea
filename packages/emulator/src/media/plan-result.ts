import type { ModelDefinition } from "@rivya-kit/core/catalog";
import { frameSize, requestedAspect } from "./aspect-ratio.js";
import type { ReferenceImage, ResultSpec } from "./result-spec.js";

/** Every video result plays at this steady rate. */
export const resultFps = 24;

/**
 * Stand-in sizes (API.md "DECISION: emulator results"): a video's shorter side is a third of
 * the tier's real one (1080p → 360 px), an image's longer side a quarter of its tier (1K → 256
 * px), so results keep the requested shape and tier but stay small.
 */
const videoShortSide: Readonly<Record<string, number>> = {
  "480p": 160,
  "512p": 170,
  "580p": 194,
  "720p": 240,
  "768p": 256,
  "1080p": 360,
};
const imageLongSide: Readonly<Record<string, number>> = { "1k": 256, "2k": 512, "4k": 1024 };

/** Video tiers where no param names one: the model page's output resolution. */
const defaultVideoTier: Readonly<Record<string, string>> = {
  "kling-2-6": "1080p",
  "kling-v2-5-turbo-pro": "1080p",
  "kling-v2-1-master": "1080p",
  "hailuo-pro": "1080p",
};
/** Video lengths where no `duration` param exists (seconds). */
const defaultSeconds: Readonly<Record<string, number>> = {
  "hailuo-pro": 6,
  "veo3-1-fast": 8,
  "veo3-1-lite": 8,
  "sora-watermark-remover": 10,
};
/** Models whose videos always carry their own audio. */
const alwaysSound = new Set(["veo3-1-fast", "veo3-1-lite", "sora-2", "sora-2-pro", "happyhorse-1-0"]);
/** Audio lengths where no `duration_seconds` param exists (seconds). */
const defaultAudioSeconds: Readonly<Record<string, number>> = { "suno-music": 120, "suno-sounds": 10 };

/** The request's params over the model's documented defaults (what the server applies). */
export function effectiveParams(
  model: ModelDefinition,
  params: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const param of model.params) if (param.default !== undefined) merged[param.key] = param.default;
  return { ...merged, ...params };
}

/** What a task's result will be, from its model, prompt, params and uploaded reference images. */
export function planResult(
  model: ModelDefinition,
  prompt: string | null,
  params: Record<string, unknown>,
  images: readonly ReferenceImage[],
): ResultSpec {
  const all = effectiveParams(model, params);
  if (model.category === "audio") return { kind: "audio", seconds: audioSeconds(model.id, prompt, all) };
  if (model.category === "image") {
    const tier = String(
      all.resolution ?? all.image_resolution ?? qualityTier(all.quality) ?? "1K",
    ).toLowerCase();
    const longSide = imageLongSide[tier] ?? 256;
    const ratio = requestedAspect(all, 1);
    const size = frameSize(ratio, Math.round(longSide / Math.max(ratio, 1 / ratio)));
    return { kind: "image", ...size, firstImage: images[0] ?? null };
  }
  const shortSide = videoShortSide[videoTier(model.id, all)] ?? 240;
  const endsOnSecondImage = model.id.startsWith("kling") || /last|tail/i.test(model.references?.rule ?? "");
  return {
    kind: "video",
    ...frameSize(requestedAspect(all, 16 / 9), shortSide),
    fps: resultFps,
    seconds: videoSeconds(model.id, all),
    sound: alwaysSound.has(model.id) || all.sound === "true" || all.generate_audio === "true",
    firstImage: images[0] ?? null,
    lastImage: endsOnSecondImage ? (images[1] ?? null) : null,
  };
}

function videoTier(modelId: string, params: Record<string, unknown>): string {
  const named = params.resolution ?? params.quality;
  if (typeof named === "string") return named.toLowerCase();
  if (params.size === "high") return "1080p";
  if (params.size === "standard") return "720p";
  if (modelId === "kling-3-0") return params.mode === "std" ? "720p" : "1080p";
  return defaultVideoTier[modelId] ?? "720p";
}

function qualityTier(quality: unknown): string | undefined {
  if (quality === "basic") return "2K";
  if (quality === "high") return "4K";
  return undefined;
}

function videoSeconds(modelId: string, params: Record<string, unknown>): number {
  const value = Number(params.duration ?? params.n_frames ?? defaultSeconds[modelId] ?? 5);
  return Number.isFinite(value) && value > 0 ? Math.min(value, 60) : 5;
}

/** `duration_seconds` when the model has it; speech: ~15 characters a second; else a per-model default. */
function audioSeconds(modelId: string, prompt: string | null, params: Record<string, unknown>): number {
  const requested = Number(params.duration_seconds);
  if (Number.isFinite(requested) && requested > 0) return Math.min(requested, 600);
  if (defaultAudioSeconds[modelId] !== undefined) return defaultAudioSeconds[modelId];
  const text = typeof params.dialogue === "string" ? params.dialogue : (prompt ?? "");
  return Math.min(600, Math.max(1, Math.round(text.length / 15)));
}
