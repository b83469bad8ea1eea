import { readFile } from "node:fs/promises";
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import type { RgbImage } from "./rgb-image.js";

/** The MIME types a result can show; anything else (WebP) gets the emulator card instead. */
export const decodableImageTypes: readonly string[] = ["image/png", "image/jpeg"];

/**
 * Decodes an uploaded PNG or JPEG to RGB (alpha composited on black), or `null` for another
 * type or a file that does not decode. Large JPEGs are allowed up to 100 megapixels.
 */
export async function decodeImage(path: string, mimeType: string): Promise<RgbImage | null> {
  if (!decodableImageTypes.includes(mimeType)) return null;
  try {
    const bytes = await readFile(path);
    const decoded =
      mimeType === "image/png"
        ? PNG.sync.read(bytes)
        : jpeg.decode(bytes, { useTArray: true, maxResolutionInMP: 100, maxMemoryUsageInMB: 1024 });
    return toRgb(decoded.width, decoded.height, decoded.data);
  } catch {
    return null;
  }
}

function toRgb(width: number, height: number, rgba: Uint8Array): RgbImage {
  const data = new Uint8Array(width * height * 3);
  for (let pixel = 0; pixel < width * height; pixel++) {
    const alpha = rgba[pixel * 4 + 3]! / 255;
    data[pixel * 3] = Math.round(rgba[pixel * 4]! * alpha);
    data[pixel * 3 + 1] = Math.round(rgba[pixel * 4 + 1]! * alpha);
    data[pixel * 3 + 2] = Math.round(rgba[pixel * 4 + 2]! * alpha);
  }
  return { width, height, data };
}
