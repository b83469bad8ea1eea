const chunkSize = 64 * 1024;

/**
 * The smallest `resultSizeBytes` accepted. A result whose own size is larger than the option is
 * served at its own size (never cut: it would not play).
 */
export const minimumResultSizeBytes: number = 64 * 1024;

// Never written to: every chunk of padding is the same zero-filled view.
const zeros = new Uint8Array(chunkSize);

/**
 * A large MP4 of exactly `totalBytes`, generated while it is read (constant memory): a real
 * result (ftyp + moov + mdat, moov first) followed by one `free` box of zeros. Players skip
 * `free` boxes and the result's chunk offsets are unchanged, so the file stays playable.
 */
export function largeMp4Stream(
  base: Uint8Array,
  totalBytes: number,
  range: { start: number; end: number } = { start: 0, end: totalBytes - 1 },
): ReadableStream<Uint8Array> {
  assertLargeMp4Size(totalBytes, base);
  const head = new Uint8Array(base.byteLength + 16);
  head.set(base);
  head.set(freeBoxHeader(totalBytes - base.byteLength), base.byteLength);
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

/** Throws a RangeError naming the minimum when `totalBytes` cannot hold `base` and the padding box. */
export function assertLargeMp4Size(totalBytes: number, base: Uint8Array): void {
  const minimum = base.byteLength + 16;
  if (!Number.isSafeInteger(totalBytes) || totalBytes < minimum) {
    throw new RangeError(`size: must be an integer ≥ ${minimum}, got ${totalBytes}`);
  }
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
