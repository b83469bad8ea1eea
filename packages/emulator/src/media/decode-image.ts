import { readFile } from "node:fs/promises";
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import type { RgbImage } from "./rgb-image.js";

/** The MIME types a result can show; anything else (WebP) gets the emulator card instead. */
export const decodableImageTypes: readonly string[] = ["image/png", "image/jpeg"];

/** Larger images get the card: decoding one would take several hundred MB for a moment. */
export const maxDecodedMegapixels = 50;

/**
 * Decodes an uploaded PNG or JPEG to RGB (alpha composited on black), or `null` for another
 * type, a file that does not decode, or one over `maxDecodedMegapixels`.
 */
export async function decodeImage(path: string, mimeType: string): Promise<RgbImage | null> {
  if (!decodableImageTypes.includes(mimeType)) return null;
  try {
    const bytes = await readFile(path);
    if (mimeType === "image/png") {
      // IHDR width and height, checked before pngjs allocates the pixels.
      if (bytes.readUInt32BE(16) * bytes.readUInt32BE(20) > maxDecodedMegapixels * 1e6) return null;
      const decoded = PNG.sync.read(bytes);
      return toRgb(decoded.width, decoded.height, decoded.data);
    }
    const decoded = jpeg.decode(bytes, { useTArray: true, maxResolutionInMP: maxDecodedMegapixels });
    return toRgb(decoded.width, decoded.height, decoded.data);
  } catch {
    return null;
  }
}

/** RGBA to RGB in place (each pixel moves down, never over one not yet read). */
function toRgb(width: number, height: number, rgba: Uint8Array): RgbImage {
  for (let pixel = 0; pixel < width * height; pixel++) {
    const alpha = rgba[pixel * 4 + 3]!;
    for (let channel = 0; channel < 3; channel++) {
      const value = rgba[pixel * 4 + channel]!;
      rgba[pixel * 3 + channel] = alpha === 255 ? value : Math.round((value * alpha) / 255);
    }
  }
  return { width, height, data: rgba.subarray(0, width * height * 3) };
}
