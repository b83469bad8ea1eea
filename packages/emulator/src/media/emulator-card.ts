import { drawText, glyphHeight, textWidth } from "./bitmap-font.js";
import { fillRect, type RgbImage, solidImage } from "./rgb-image.js";

export interface CardText {
  modelId: string;
  taskId: string;
  /** e.g. "640×360 · 5 s · 24 fps". */
  details: string;
  prompt: string | null;
}

/** The colour bars along the top: white, yellow, cyan, green, magenta, red, blue. */
const bars: readonly (readonly [number, number, number])[] = [
  [235, 235, 235],
  [235, 235, 16],
  [16, 235, 235],
  [16, 235, 16],
  [235, 16, 235],
  [235, 16, 16],
  [16, 16, 235],
];
const white = [240, 240, 240] as const;
const dim = [150, 160, 190] as const;
const accent = [255, 176, 32] as const;
const trackColour = [60, 64, 96] as const;

/** The macroblock row holding the progress bar of a `height`-pixel card (fully visible). */
export function progressBarRow(height: number): number {
  return Math.max(0, Math.floor(height / 16) - 2);
}

/**
 * The frame a text-to-video (or text-to-image) result shows: colour bars, "RIVYA EMULATOR",
 * the model id, the task id, the shape and the prompt, drawn with the built-in bitmap font.
 * `progress` (video only) draws the progress bar empty or full; a video sweeps from one to the
 * other over its length, so it visibly plays.
 */
export function emulatorCard(
  width: number,
  height: number,
  text: CardText,
  progress?: "empty" | "full",
): RgbImage {
  const image = solidImage(width, height, [0, 0, 0]);
  for (let row = 0; row < height; row++) {
    const shade = row / height;
    fillRect(image, 0, row, width, 1, [
      Math.round(18 + 30 * shade),
      Math.round(22 + 8 * shade),
      Math.round(48 + 40 * shade),
    ]);
  }
  const barHeight = Math.max(2, Math.round(height / 24));
  bars.forEach((colour, index) => {
    const left = Math.round((index * width) / bars.length);
    fillRect(image, left, 0, Math.round(((index + 1) * width) / bars.length) - left, barHeight, colour);
  });
  const margin = Math.max(2, Math.round(width / 20));
  const lines: [string, number, readonly [number, number, number]][] = [
    ["RIVYA EMULATOR", 1, accent],
    [text.modelId, 0.8, white],
    [text.taskId, 0.45, white],
    [text.details, 0.45, dim],
    ...wrap(text.prompt ?? "", 2).map((line): [string, number, readonly [number, number, number]] => [
      line,
      0.4,
      dim,
    ]),
  ];
  const available = width - 2 * margin;
  const largest = Math.max(1, Math.floor(Math.min(available / textWidth("RIVYA EMULATOR", 1), height / 60)));
  const scales = lines.map(([line, weight]) =>
    fitScale(line, Math.max(1, Math.round(largest * weight)), available),
  );
  const gap = Math.max(2, Math.round(height / 40));
  const blockHeight = scales.reduce((sum, scale) => sum + scale * glyphHeight + gap, -gap);
  let top = Math.max(barHeight + gap, Math.round((height - blockHeight) / 2) - gap);
  lines.forEach(([line, , colour], index) => {
    const scale = scales[index]!;
    drawText(image, line, Math.round((width - textWidth(line, scale)) / 2), top, scale, colour);
    top += scale * glyphHeight + gap;
  });
  if (progress) {
    const y = progressBarRow(height) * 16 + 5;
    fillRect(image, 0, y, width, 6, progress === "full" ? accent : trackColour);
  }
  return image;
}

function fitScale(line: string, wanted: number, available: number): number {
  let scale = wanted;
  while (scale > 1 && textWidth(line, scale) > available) scale--;
  return scale;
}

/** The prompt in at most `count` lines of 48 characters, the last one cut with "...". */
function wrap(prompt: string, count: number): string[] {
  const words = prompt.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line && `${line} ${word}`.length > 48) {
      lines.push(line);
      line = "";
      if (lines.length === count) break;
    }
    line = line ? `${line} ${word}` : word.slice(0, 48);
  }
  if (line && lines.length < count) lines.push(line);
  else if (lines.length === count && words.join(" ").length > lines.join(" ").length) {
    lines[count - 1] = `${lines[count - 1]!.slice(0, 45)}...`;
  }
  return lines;
}
