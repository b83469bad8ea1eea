const acronyms: Readonly<Record<string, string>> = {
  cfg: "CFG",
  nsfw: "NSFW",
  url: "URL",
  id: "ID",
  fps: "FPS",
};

/**
 * A parameter's label in Title Case from its API key, whatever its case style:
 * `aspect_ratio` → "Aspect Ratio", `aspectRatio` → "Aspect Ratio", `cfg_scale` → "CFG Scale".
 */
export function paramLabel(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((word) => acronyms[word.toLowerCase()] ?? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
    .join(" ");
}
