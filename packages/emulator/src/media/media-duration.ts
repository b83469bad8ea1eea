import { open } from "node:fs/promises";

/**
 * Duration in seconds of an uploaded MP4/QuickTime (from `moov/mvhd`) or WAV (data size / byte
 * rate) file, reading only box headers; `null` for other containers.
 */
export async function mediaDuration(path: string, mimeType: string): Promise<number | null> {
  const handle = await open(path, "r");
  try {
    const size = (await handle.stat()).size;
    const read = async (position: number, length: number): Promise<Buffer> => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      await handle.read(buffer, 0, buffer.length, position);
      return buffer;
    };
    if (mimeType === "audio/wav" || mimeType === "audio/x-wav") return wavDuration(await read(0, 4096));
    if (/^(video|audio)\/(mp4|quicktime)$/.test(mimeType)) return await mp4Duration(read, size);
    return null;
  } finally {
    await handle.close();
  }
}

type Reader = (position: number, length: number) => Promise<Buffer>;

async function mp4Duration(read: Reader, size: number): Promise<number | null> {
  const moov = await findBox(read, 0, size, "moov");
  if (!moov) return null;
  const mvhd = await findBox(read, moov.start, moov.end, "mvhd");
  if (!mvhd) return null;
  const box = await read(mvhd.start, 32);
  const version = box[0];
  const timescale = version === 1 ? box.readUInt32BE(20) : box.readUInt32BE(12);
  const duration = version === 1 ? Number(box.readBigUInt64BE(24)) : box.readUInt32BE(16);
  return timescale > 0 ? Math.round((duration / timescale) * 1000) / 1000 : null;
}

/** Finds a child box between `start` and `end`; returns its payload range. */
async function findBox(
  read: Reader,
  start: number,
  end: number,
  type: string,
): Promise<{ start: number; end: number } | undefined> {
  let position = start;
  while (position + 8 <= end) {
    const header = await read(position, 16);
    if (header.length < 8) return undefined;
    let boxSize = header.readUInt32BE(0);
    let headerSize = 8;
    if (boxSize === 1 && header.length >= 16) {
      boxSize = Number(header.readBigUInt64BE(8));
      headerSize = 16;
    } else if (boxSize === 0) {
      boxSize = end - position;
    }
    if (boxSize < headerSize) return undefined;
    if (header.toString("latin1", 4, 8) === type) {
      return { start: position + headerSize, end: Math.min(end, position + boxSize) };
    }
    position += boxSize;
  }
  return undefined;
}

function wavDuration(head: Buffer): number | null {
  let position = 12;
  let byteRate = 0;
  while (position + 8 <= head.length) {
    const id = head.toString("latin1", position, position + 4);
    const length = head.readUInt32LE(position + 4);
    if (id === "fmt " && position + 16 <= head.length) byteRate = head.readUInt32LE(position + 16);
    if (id === "data") return byteRate > 0 ? Math.round((length / byteRate) * 1000) / 1000 : null;
    position += 8 + length + (length % 2);
  }
  return null;
}
