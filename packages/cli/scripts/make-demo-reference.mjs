// Draws the demo's reference image (a 16:9 sunset landscape) and writes it as a PNG.
// Run once at development time; the result, assets/demo-reference.png, is committed.
// Pure Node (zlib), so nobody needs an image tool to regenerate it.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const width = 320;
const height = 180;

function pixel(x, y) {
  const horizon = 120;
  const sun = { x: 220, y: 105, radius: 26 };
  const distance = Math.hypot(x - sun.x, y - sun.y);
  if (y >= horizon) {
    // Sea: darker with depth, with a streak of reflected sunlight under the sun.
    const depth = (y - horizon) / (height - horizon);
    const streak = Math.abs(x - sun.x) < 22 - depth * 10 && y % 5 < 2 ? 1 - depth * 0.6 : 0;
    return [
      30 + 60 * (1 - depth) + streak * 150,
      40 + 50 * (1 - depth) + streak * 90,
      90 + 40 * (1 - depth) + streak * 10,
    ];
  }
  if (distance <= sun.radius) return [255, 200 + (sun.radius - distance), 110];
  // Sky: a vertical gradient from deep blue to orange near the horizon, with a glow around the sun.
  const t = y / horizon;
  const glow = Math.max(0, 1 - distance / 120);
  return [40 + 200 * t + 60 * glow, 50 + 90 * t + 50 * glow, 120 - 40 * t + 10 * glow];
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(width, 0);
header.writeUInt32BE(height, 4);
header[8] = 8; // bit depth
header[9] = 2; // colour type: RGB
const rows = [];
for (let y = 0; y < height; y += 1) {
  const row = Buffer.alloc(1 + width * 3); // filter byte 0, then RGB triples
  for (let x = 0; x < width; x += 1) {
    // Clamp to a byte: Buffer.from would wrap 256 to 0.
    const rgb = pixel(x, y).map((value) => Math.max(0, Math.min(255, Math.round(value))));
    Buffer.from(rgb).copy(row, 1 + x * 3);
  }
  rows.push(row);
}
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk("IHDR", header),
  chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk("IEND", Buffer.alloc(0)),
]);
const target = new URL("../assets/demo-reference.png", import.meta.url);
writeFileSync(target, png);
console.log(`wrote ${target.pathname} (${png.length} bytes, ${width}x${height})`);
