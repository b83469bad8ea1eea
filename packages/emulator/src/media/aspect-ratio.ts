/** The aspect ratios the result fixtures come in. */
export type FixtureAspect = "16:9" | "9:16" | "1:1";

const fixtures: readonly [FixtureAspect, number][] = [
  ["16:9", 16 / 9],
  ["9:16", 9 / 16],
  ["1:1", 1],
];

/**
 * The fixture aspect nearest to a requested ratio ("4:3" → "1:1", "21:9" → "16:9"), compared on a
 * log scale so portrait and landscape are symmetric. Anything unparseable falls back to 16:9.
 */
export function nearestAspect(ratio: string | undefined): FixtureAspect {
  const match = ratio?.match(/^\s*(\d+(?:\.\d+)?)\s*[:x/]\s*(\d+(?:\.\d+)?)\s*$/);
  if (!match) return "16:9";
  const value = Number(match[1]) / Number(match[2]);
  if (!(value > 0) || !Number.isFinite(value)) return "16:9";
  let best = fixtures[0]!;
  for (const candidate of fixtures) {
    if (Math.abs(Math.log(candidate[1] / value)) < Math.abs(Math.log(best[1] / value))) best = candidate;
  }
  return best[0];
}

/** Finds the requested ratio among a request's params (keys vary by model: aspect_ratio, aspectRatio…). */
export function requestedAspect(
  params: Record<string, unknown>,
  defaults: readonly { key: string; default?: unknown }[],
): FixtureAspect {
  const isAspectKey = (key: string) => /aspect/i.test(key);
  for (const [key, value] of Object.entries(params)) {
    if (isAspectKey(key) && typeof value === "string") return nearestAspect(value);
  }
  const fallback = defaults.find((param) => isAspectKey(param.key) && typeof param.default === "string");
  return nearestAspect(fallback?.default as string | undefined);
}
