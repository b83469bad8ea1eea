import type { FixtureAspect } from "./aspect-ratio.js";
import { resultMedia } from "./result-media.js";

const chunkSize = 64 * 1024;
// Never written to: every chunk of padding is the same zero-filled view.
const zeros = new Uint8Array(chunkSize);

/**
 * A large MP4 of exactly `totalBytes`, generated while it is read (constant memory): the small
 * fixture (ftyp + moov + mdat, moov first) followed by one `free` box of zeros. Players skip
 * `free` boxes and the fixture's chunk offsets are unchanged, so the file stays playable.
 */
export function largeMp4Stream(
  totalBytes: number,
  aspect: FixtureAspect,
  range: { start: number; end: number } = { start: 0, end: totalBytes - 1 },
): ReadableStream<Uint8Array> {
  assertLargeMp4Size(totalBytes, aspect);
  const fixture = resultMedia("video", aspect).bytes;
  const head = new Uint8Array(fixture.byteLength + 16);
  head.set(fixture);
  head.set(freeBoxHeader(totalBytes - fixture.byteLength), fixture.byteLength);
  let position = range.start;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (position > range.end) {
          controller.close();
          return;
        }
        if (position < head.byteLength) {
          const chunk = head.subarray(position, Math.min(head.byteLength, range.end + 1));
          position += chunk.byteLength;
          controller.enqueue(chunk);
          return;
        }
        const length = Math.min(chunkSize, range.end + 1 - position);
        position += length;
        controller.enqueue(length === chunkSize ? zeros : zeros.subarray(0, length));
      },
    },
    { highWaterMark: 4 },
  );
}

/** Throws a RangeError naming the minimum when `totalBytes` cannot hold the MP4's own boxes. */
export function assertLargeMp4Size(totalBytes: number, aspect: FixtureAspect): void {
  const minimum = minimumLargeMp4Bytes(aspect);
  if (!Number.isSafeInteger(totalBytes) || totalBytes < minimum) {
    throw new RangeError(`size: must be an integer ≥ ${minimum}, got ${totalBytes}`);
  }
}

/** The smallest large result: the fixture plus an empty 64-bit-sized `free` box. */
export function minimumLargeMp4Bytes(aspect: FixtureAspect): number {
  return resultMedia("video", aspect).bytes.byteLength + 16;
}

/** A `free` box header with a 64-bit size (size field 1 + largesize), valid beyond 4 GiB too. */
function freeBoxHeader(size: number): Uint8Array {
  const header = new Uint8Array(16);
  const view = new DataView(header.buffer);
  view.setUint32(0, 1);
  header.set([0x66, 0x72, 0x65, 0x65], 4);
  view.setBigUint64(8, BigInt(size));
  return header;
}
