import type { ModelDefinition } from "@rivya-kit/core";

// What each parameter does, beyond the options and defaults Rivya's model pages list (those come
// from the catalog). Kling's keys have their own wording; other models share the generic one.
const klingHelp: Readonly<Record<string, string>> = {
  mode: "Kling's quality tier: Standard (std) is the faster, lighter render; Professional (pro) renders in higher quality and takes longer",
  multi_shots:
    "Whether Kling may cut between several shots within one video (multi-shot storytelling) instead of one continuous shot",
  sound: "Whether Kling generates a soundtrack (sound effects and ambience) together with the video",
  cfg_scale:
    "How strictly the video follows the prompt: higher values stick closer to it, lower values give the model more freedom",
};

const genericHelp: Readonly<Record<string, string>> = {
  duration: "Length of the result in seconds",
  aspect_ratio: "Shape of the result, width:height (16:9 landscape, 9:16 portrait, 1:1 square)",
  negative_prompt: "What the result should not show (e.g. blur, text, distorted hands)",
  seed: "A fixed seed repeats a result for the same prompt and parameters",
};

/** What a parameter does, for its description; undefined when nothing beyond its options is known. */
export function paramHelp(model: ModelDefinition, key: string): string | undefined {
  return (model.id.startsWith("kling") ? klingHelp[key] : undefined) ?? genericHelp[key];
}

const kling: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  mode: { std: "Standard (std)", pro: "Professional (pro)" },
};

const ratios: Readonly<Record<string, string>> = {
  "16:9": "16:9 (Landscape)",
  "9:16": "9:16 (Portrait)",
  "1:1": "1:1 (Square)",
};

/** A friendlier name for an option value whose API spelling is an abbreviation. */
export function optionName(model: ModelDefinition, key: string, value: string): string {
  if (model.id.startsWith("kling") && kling[key]?.[value]) return kling[key][value];
  if (key === "aspect_ratio" || key === "aspectRatio") return ratios[value] ?? value;
  return value;
}
