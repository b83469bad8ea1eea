/** A frame's shape as width ÷ height, e.g. 16/9. */
export type AspectRatio = number;

const named: Readonly<Record<string, AspectRatio>> = {
  landscape: 16 / 9,
  portrait: 9 / 16,
  square: 1,
  square_hd: 1,
};

/**
 * The ratio a param value asks for: `"16:9"`, `"4x3"`, `"2/3"`, the named forms `landscape`,
 * `portrait`, `square(_hd)`, `landscape_16_9`, `portrait_4_3` (portrait = the taller side is the
 * larger number). `undefined` for anything else (`auto`, `adaptive`): the caller's default.
 */
export function parseAspectRatio(value: unknown): AspectRatio | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim().toLowerCase();
  if (named[text] !== undefined) return named[text];
  const orientation = text.match(/^(landscape|portrait)_(\d+)_(\d+)$/);
  if (orientation) {
    const [, side, a, b] = orientation;
    const long = Math.max(Number(a), Number(b));
    const short = Math.min(Number(a), Number(b));
    if (!(short > 0)) return undefined;
    return side === "landscape" ? long / short : short / long;
  }
  const match = text.match(/^(\d+(?:\.\d+)?)\s*[:x/]\s*(\d+(?:\.\d+)?)$/);
  if (!match) return undefined;
  const ratio = Number(match[1]) / Number(match[2]);
  return ratio > 0 && Number.isFinite(ratio) ? ratio : undefined;
}

/** Keys that carry a frame shape, whatever the model calls them (aspect_ratio, aspectRatio, imageSize…). */
export function isAspectKey(key: string): boolean {
  return /aspect/i.test(key) || /^image_?size$/i.test(key);
}

/** The ratio a request asks for (its params merged over the model's defaults), else `fallback`. */
export function requestedAspect(params: Record<string, unknown>, fallback: AspectRatio): AspectRatio {
  for (const [key, value] of Object.entries(params)) {
    if (isAspectKey(key)) return parseAspectRatio(value) ?? fallback;
  }
  return fallback;
}

/**
 * A frame of `ratio` whose shorter side is `shortSide`, both sides even (4:2:0 video needs
 * even sizes), the longer side capped at 8 × the shorter.
 */
export function frameSize(ratio: AspectRatio, shortSide: number): { width: number; height: number } {
  const even = (value: number) => Math.max(2, 2 * Math.round(value / 2));
  const bounded = Math.min(8, Math.max(1 / 8, ratio));
  if (bounded >= 1) return { width: even(shortSide * bounded), height: even(shortSide) };
  return { width: even(shortSide), height: even(shortSide / bounded) };
}
