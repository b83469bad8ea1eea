import { getModel } from "../catalog/catalog.js";

/**
 * Typical seconds from create to finish, per model, for a default-length output. They shape the
 * poll schedule only (when to look, not how long to wait); a wrong guess costs a few extra polls
 * or some seconds of lag, never a failure. Models missing here fall back to their category.
 */
export const EXPECTED_SECONDS_BY_MODEL: Readonly<Record<string, number>> = {
  "kling-3-0": 150,
  "kling-2-6": 120,
  "kling-v2-5-turbo-pro": 90,
  "kling-v2-1-master": 240,
  "wan-2-6": 150,
  "wan-2-5-video": 120,
  "wan-2-2-a14b-turbo": 60,
  "wan-2-2-animate-replace": 180,
  "seedance-2": 120,
  "seedance-2-fast": 60,
  "seedance-1-5-pro": 90,
  "seedance-1-0-lite": 60,
  "sora-2": 180,
  "sora-2-pro": 480,
  "sora-watermark-remover": 60,
  "hailuo-pro": 180,
  "hailuo-standard": 120,
  "veo3-1-fast": 90,
  "veo3-1-lite": 60,
  "happyhorse-1-0": 120,
  "grok-imagine-video": 60,
  runway: 120,
  "z-image": 10,
  "nano-banana": 15,
  "nano-banana-2": 20,
  "nano-banana-pro": 30,
  "seedream-3-0": 15,
  "seedream-4-0": 20,
  "seedream-4-5": 25,
  "seedream-5-lite": 15,
  "grok-imagine": 15,
  "suno-music": 90,
  "suno-sounds": 30,
  "elevenlabs-sound-effect-v2": 10,
  "elevenlabs-turbo-2-5": 8,
  "elevenlabs-multilingual-v2": 12,
  "elevenlabs-dialogue-v3": 20,
};

const byCategory: Readonly<Record<string, number>> = { video: 120, image: 20, audio: 30 };

/** Fallback when neither the model nor its category is known. */
export const DEFAULT_EXPECTED_SECONDS = 60;

/**
 * Expected run time of a task in milliseconds: the caller's overrides, then the table, then the
 * category (given, or the catalog's), then a minute. Model ids are matched case-insensitively.
 */
export function expectedDurationMs(
  model: string | undefined,
  options: { category?: string | undefined; overrides?: Readonly<Record<string, number>> | undefined } = {},
): number {
  const id = model?.toLowerCase() ?? "";
  const seconds =
    options.overrides?.[id] ??
    EXPECTED_SECONDS_BY_MODEL[id] ??
    byCategory[options.category ?? getModel(id)?.category ?? ""] ??
    DEFAULT_EXPECTED_SECONDS;
  return seconds * 1000;
}
