import { PNG } from "pngjs";
import { PcmPictureReader } from "./h264-pcm-reader.js";
import { readMp4 } from "./read-mp4.js";

/**
 * How far the first frame of an MP4 result is from a PNG: the largest difference, over a grid of
 * 64 × 36 points, between the frame's luma and the BT.709 luma of the PNG pixel under that
 * point (the image fitted inside the frame, as the emulator places it). Used by the emulator's
 * and the CLI demo's tests; a smooth image at an integer scale gives 0–1.
 */
export function firstFrameLumaDifference(mp4: Uint8Array, png: Uint8Array): number {
  const file = readMp4(mp4);
  const track = file.info.videoTracks[0]!;
  const { width, height } = track.video!;
  const reader = new PcmPictureReader(width, height);
  reader.decodeSample(file.samples(track.id)[0]!.bytes);
  const image = PNG.sync.read(Buffer.from(png));
  const scale = Math.min(width / image.width, height / image.height);
  const left = (width - image.width * scale) / 2;
  const top = (height - image.height * scale) / 2;
  let largest = 0;
  for (let gridY = 0; gridY < 36; gridY++) {
    for (let gridX = 0; gridX < 64; gridX++) {
      const x = Math.floor(left + ((gridX + 0.5) / 64) * image.width * scale);
      const y = Math.floor(top + ((gridY + 0.5) / 36) * image.height * scale);
      const sourceX = Math.min(image.width - 1, Math.floor((x - left + 0.5) / scale));
      const sourceY = Math.min(image.height - 1, Math.floor((y - top + 0.5) / scale));
      const at = (sourceY * image.width + sourceX) * 4;
      const [r, g, b] = [image.data[at]!, image.data[at + 1]!, image.data[at + 2]!];
      const expected = 16 + ((0.2126 * r + 0.7152 * g + 0.0722 * b) * 219) / 255;
      largest = Math.max(largest, Math.abs(reader.pixel(x, y)[0] - expected));
    }
  }
  return largest;
}
