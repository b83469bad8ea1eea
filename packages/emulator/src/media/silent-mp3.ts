/**
 * MPEG-1 Layer III, 48 kHz, 32 kbit/s, mono: 1152 samples (24 ms) in exactly 96 bytes a frame
 * (no padding), so a constant-bitrate file's length gives its duration exactly.
 */
const frameBytes = 96;
const frameSeconds = 1152 / 48_000;
// Sync, MPEG-1, Layer III, no CRC | 32 kbit/s, 48 kHz, no padding | mono.
const header = [0xff, 0xfb, 0x14, 0xc0];

/** Frames in an MP3 of `seconds` (at least one). */
export function mp3FrameCount(seconds: number): number {
  return Math.max(1, Math.round(seconds / frameSeconds));
}

/**
 * A silent MP3 of `seconds` (rounded to whole 24 ms frames): each frame is its header, then
 * zeros — side info with no Huffman bits (part2_3_length 0) decodes to silence.
 */
export function silentMp3(seconds: number): Uint8Array {
  const frames = mp3FrameCount(seconds);
  const out = new Uint8Array(frames * frameBytes);
  for (let frame = 0; frame < frames; frame++) out.set(header, frame * frameBytes);
  return out;
}
