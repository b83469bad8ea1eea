import type { RgbImage } from "./rgb-image.js";

/** A 4:2:0 picture padded to whole macroblocks: planes of `columns*16 × rows*16` (luma). */
export interface YuvFrame {
  lumaWidth: number;
  lumaHeight: number;
  y: Uint8Array;
  cb: Uint8Array;
  cr: Uint8Array;
}

// BT.709, limited range (what the SPS's VUI declares).
const kr = 0.2126;
const kb = 0.0722;

/** Luma and chroma of one RGB colour (0–255 each), limited range, clamped to 1–254. */
export function rgbToYuv(r: number, g: number, b: number): [number, number, number] {
  const luma = kr * r + (1 - kr - kb) * g + kb * b;
  const y = 16 + (luma * 219) / 255;
  const cb = 128 + ((b - luma) / (2 * (1 - kb))) * (224 / 255);
  const cr = 128 + ((r - luma) / (2 * (1 - kr))) * (224 / 255);
  return [clamp(y), clamp(cb), clamp(cr)];
}

function clamp(value: number): number {
  return Math.min(254, Math.max(1, Math.round(value)));
}

/**
 * Converts an RGB image to 4:2:0 (chroma from the 2×2 average), padding the right and bottom
 * edges to whole macroblocks by repeating the last column/row (the SPS crops them off).
 */
export function toYuvFrame(image: RgbImage): YuvFrame {
  const lumaWidth = Math.ceil(image.width / 16) * 16;
  const lumaHeight = Math.ceil(image.height / 16) * 16;
  const y = new Uint8Array(lumaWidth * lumaHeight);
  const cb = new Uint8Array((lumaWidth / 2) * (lumaHeight / 2));
  const cr = new Uint8Array(cb.byteLength);
  const pixel = (x: number, row: number): number =>
    (Math.min(row, image.height - 1) * image.width + Math.min(x, image.width - 1)) * 3;
  for (let row = 0; row < lumaHeight; row++) {
    for (let x = 0; x < lumaWidth; x++) {
      const at = pixel(x, row);
      y[row * lumaWidth + x] = rgbToYuv(image.data[at]!, image.data[at + 1]!, image.data[at + 2]!)[0];
    }
  }
  const chromaWidth = lumaWidth / 2;
  for (let row = 0; row < lumaHeight / 2; row++) {
    for (let x = 0; x < chromaWidth; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const) {
        const at = pixel(2 * x + dx, 2 * row + dy);
        r += image.data[at]!;
        g += image.data[at + 1]!;
        b += image.data[at + 2]!;
      }
      const [, u, v] = rgbToYuv(r / 4, g / 4, b / 4);
      cb[row * chromaWidth + x] = u;
      cr[row * chromaWidth + x] = v;
    }
  }
  return { lumaWidth, lumaHeight, y, cb, cr };
}
