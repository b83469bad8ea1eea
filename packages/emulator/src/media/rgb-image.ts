/** 8-bit RGB pixels, row by row, 3 bytes each. */
export interface RgbImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A `width × height` image filled with one colour. */
export function solidImage(width: number, height: number, [r, g, b]: readonly number[]): RgbImage {
  const image = { width, height, data: new Uint8Array(width * height * 3) };
  fillRect(image, 0, 0, width, height, [r!, g!, b!]);
  return image;
}

/**
 * `source` scaled to fit inside `width × height` (its aspect kept, centred, black bars where the
 * ratios differ), each target pixel the average of the source pixels it covers (a box filter:
 * no aliasing when a large photo shrinks to a stand-in frame).
 */
export function fitInto(source: RgbImage, width: number, height: number): RgbImage {
  const target = solidImage(width, height, [0, 0, 0]);
  const scale = Math.min(width / source.width, height / source.height);
  const fittedWidth = Math.max(1, Math.round(source.width * scale));
  const fittedHeight = Math.max(1, Math.round(source.height * scale));
  const left = Math.floor((width - fittedWidth) / 2);
  const top = Math.floor((height - fittedHeight) / 2);
  const stepX = source.width / fittedWidth;
  const stepY = source.height / fittedHeight;
  for (let row = 0; row < fittedHeight; row++) {
    const y0 = Math.floor(row * stepY);
    const y1 = Math.max(y0 + 1, Math.min(source.height, Math.floor((row + 1) * stepY)));
    for (let column = 0; column < fittedWidth; column++) {
      const x0 = Math.floor(column * stepX);
      const x1 = Math.max(x0 + 1, Math.min(source.width, Math.floor((column + 1) * stepX)));
      let r = 0;
      let g = 0;
      let b = 0;
      for (let y = y0; y < y1; y++) {
        for (let x = x0; x < x1; x++) {
          const at = (y * source.width + x) * 3;
          r += source.data[at]!;
          g += source.data[at + 1]!;
          b += source.data[at + 2]!;
        }
      }
      const count = (y1 - y0) * (x1 - x0);
      const out = ((top + row) * width + left + column) * 3;
      target.data[out] = Math.round(r / count);
      target.data[out + 1] = Math.round(g / count);
      target.data[out + 2] = Math.round(b / count);
    }
  }
  return target;
}

/** Fills a rectangle, clipped to the image. */
export function fillRect(
  image: RgbImage,
  x: number,
  y: number,
  width: number,
  height: number,
  [r, g, b]: readonly [number, number, number],
): void {
  const x0 = Math.max(0, Math.floor(x));
  const y0 = Math.max(0, Math.floor(y));
  const x1 = Math.min(image.width, Math.floor(x + width));
  const y1 = Math.min(image.height, Math.floor(y + height));
  if (x1 <= x0 || y1 <= y0) return;
  const first = (y0 * image.width + x0) * 3;
  for (let at = first; at < first + (x1 - x0) * 3; at += 3) {
    image.data[at] = r;
    image.data[at + 1] = g;
    image.data[at + 2] = b;
  }
  // Every further row is a copy of the first.
  for (let row = y0 + 1; row < y1; row++) {
    image.data.copyWithin((row * image.width + x0) * 3, first, first + (x1 - x0) * 3);
  }
}
