/**
 * An MSB-first bit writer with the Exp-Golomb codes of H.264 (ue(v), se(v)). Grows as needed;
 * `bytes()` returns the written bytes (the last one zero-padded).
 */
export class BitWriter {
  private buffer: Uint8Array;
  private bitLength = 0;

  /** `capacity`: the expected size in bytes (the buffer grows past it when needed). */
  constructor(capacity = 64) {
    this.buffer = new Uint8Array(Math.max(16, capacity));
  }

  /** Writes the low `count` bits of `value` (count ≤ 32). */
  bits(value: number, count: number): this {
    for (let shift = count - 1; shift >= 0; shift--) this.bit((value >>> shift) & 1);
    return this;
  }

  bit(value: number): this {
    const byteIndex = this.bitLength >> 3;
    if (byteIndex >= this.buffer.byteLength) this.grow(byteIndex + 1);
    if (value) this.buffer[byteIndex]! |= 0x80 >> (this.bitLength & 7);
    this.bitLength++;
    return this;
  }

  /** Unsigned Exp-Golomb, ue(v). */
  ue(value: number): this {
    const code = value + 1;
    const length = 32 - Math.clz32(code);
    return this.bits(0, length - 1).bits(code, length);
  }

  /** Signed Exp-Golomb, se(v). */
  se(value: number): this {
    return this.ue(value > 0 ? 2 * value - 1 : -2 * value);
  }

  /** Zero bits up to the next byte boundary. */
  align(): this {
    while (this.bitLength & 7) this.bit(0);
    return this;
  }

  /** Whole bytes; the writer must be byte-aligned. */
  bytes(data: Uint8Array): this {
    if (this.bitLength & 7) throw new Error("BitWriter.bytes: not byte-aligned");
    const start = this.bitLength >> 3;
    if (start + data.byteLength > this.buffer.byteLength) this.grow(start + data.byteLength);
    this.buffer.set(data, start);
    this.bitLength += data.byteLength * 8;
    return this;
  }

  /** `rbsp_trailing_bits()`: a stop bit, then zeros to the byte boundary. */
  trailingBits(): this {
    return this.bit(1).align();
  }

  get isAligned(): boolean {
    return (this.bitLength & 7) === 0;
  }

  toBytes(): Uint8Array {
    return this.buffer.slice(0, (this.bitLength + 7) >> 3);
  }

  private grow(minimum: number): void {
    const next = new Uint8Array(Math.max(minimum, this.buffer.byteLength * 2));
    next.set(this.buffer);
    this.buffer = next;
  }
}
