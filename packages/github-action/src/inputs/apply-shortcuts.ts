import { getModel } from "@rivya-kit/core";
import type { ParameterShortcuts } from "./action-inputs.js";

/** Keys each shortcut may stand for, in order of preference (models spell some keys differently). */
const shortcutKeys: Record<keyof ParameterShortcuts, readonly string[]> = {
  duration: ["duration"],
  aspectRatio: ["aspect_ratio", "aspectRatio"],
  negativePrompt: ["negative_prompt"],
};

/**
 * Merges the `duration` / `aspect-ratio` / `negative-prompt` shortcuts into `params` under the key
 * the model actually uses (`aspect_ratio` for Kling, `aspectRatio` for Veo). Shortcuts win over
 * the same key in `params`. Values stay as given: the core's validation checks and normalises them.
 */
export function applyShortcuts(
  model: string | undefined,
  params: Record<string, unknown>,
  shortcuts: ParameterShortcuts,
): Record<string, unknown> {
  const definition = model === undefined ? undefined : getModel(model);
  const merged = { ...params };
  for (const [shortcut, candidates] of Object.entries(shortcutKeys) as [
    keyof ParameterShortcuts,
    readonly string[],
  ][]) {
    const value = shortcuts[shortcut];
    if (value === undefined) continue;
    const key =
      candidates.find((candidate) => definition?.params.some((param) => param.key === candidate)) ??
      candidates.find((candidate) => candidate in params) ??
      candidates[0]!;
    for (const candidate of candidates) delete merged[candidate];
    merged[key] = value;
  }
  return merged;
}
