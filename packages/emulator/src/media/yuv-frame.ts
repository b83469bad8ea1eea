import type { RgbImage } from "./rgb-image.js";

/** A 4:2:0 picture padded to whole macroblocks: planes of `columns*16 × rows*16` (luma). */
export interface YuvFrame {
  lumaWidth: number;
  lumaHeight: number;
  y: Uint8Array;
  cb: Uint8Array;
  cr: Uint8Array;
}

// BT.709, limited range (what the SPS's VUI declares), as 16-bit fixed point coefficients on
// 0–255 RGB: Y = 16 + 0.1826 R + 0.6142 G + 0.0620 B, Cb = 128 − 0.1006 R − 0.3386 G + 0.4392 B,
// Cr = 128 + 0.4392 R − 0.3989 G − 0.0403 B. Integer arithmetic keeps a cold render fast.
const yR = 11966;
const yG = 40254;
const yB = 4064;
const cbR = -6593;
const cbG = -22190;
const cbB = 28783;
const crR = 28783;
const crG = -26142;
const crB = -2641;

/**
 * Converts an RGB image to 4:2:0 (chroma from the 2×2 average), padding the right and bottom
 * edges to whole macroblocks by repeating the last column/row (the SPS crops them off). Every
 * sample lands in 16–240, so none is 0 (older decoders reject a zero I_PCM sample).
 */
export function toYuvFrame(image: RgbImage): YuvFrame {
  const lumaWidth = Math.ceil(image.width / 16) * 16;
  const lumaHeight = Math.ceil(image.height / 16) * 16;
  const chromaWidth = lumaWidth / 2;
  const y = new Uint8Array(lumaWidth * lumaHeight);
  const cb = new Uint8Array(chromaWidth * (lumaHeight / 2));
  const cr = new Uint8Array(cb.byteLength);
  const { data, width, height } = image;
  // Per-channel sums of each 2×2 block, converted once its second row is read.
  const sums = new Int32Array(chromaWidth * 3);
  for (let row = 0; row < lumaHeight; row++) {
    const source = Math.min(row, height - 1) * width;
    if ((row & 1) === 0) sums.fill(0);
    for (let x = 0; x < lumaWidth; x++) {
      const at = (source + (x < width ? x : width - 1)) * 3;
      const r = data[at]!;
      const g = data[at + 1]!;
      const b = data[at + 2]!;
      y[row * lumaWidth + x] = 16 + ((yR * r + yG * g + yB * b + 32768) >> 16);
      const sum = (x >> 1) * 3;
      sums[sum]! += r;
      sums[sum + 1]! += g;
      sums[sum + 2]! += b;
    }
    if (row & 1) {
      const out = (row >> 1) * chromaWidth;
      for (let x = 0; x < chromaWidth; x++) {
        const r = sums[x * 3]!;
        const g = sums[x * 3 + 1]!;
        const b = sums[x * 3 + 2]!;
        // Sums of four pixels: divide by 4 × 65536 with rounding.
        cb[out + x] = 128 + ((cbR * r + cbG * g + cbB * b + 131072) >> 18);
        cr[out + x] = 128 + ((crR * r + crG * g + crB * b + 131072) >> 18);
      }
    }
  }
  return { lumaWidth, lumaHeight, y, cb, cr };
}
