/**
 * Reads back the subset of H.264 the emulator writes — I slices of I_PCM macroblocks, P slices
 * of P_Skip runs and I_PCM macroblocks, CAVLC, the SPS/PPS choices of `h264-parameter-sets.ts`
 * (4-bit frame_num, POC type 2, deblocking control present) — into 4:2:0 planes, so tests can
 * compare decoded pixels with the uploaded image. Anything else throws.
 */
export class PcmPictureReader {
  readonly y: Uint8Array;
  readonly cb: Uint8Array;
  readonly cr: Uint8Array;
  private readonly columns: number;
  private readonly rows: number;

  constructor(width: number, height: number) {
    this.columns = Math.ceil(width / 16);
    this.rows = Math.ceil(height / 16);
    this.y = new Uint8Array(this.columns * 16 * this.rows * 16);
    this.cb = new Uint8Array(this.y.byteLength / 4);
    this.cr = new Uint8Array(this.y.byteLength / 4);
  }

  /** Applies one AVCC sample (4-byte length-prefixed NAL units) to the picture. */
  decodeSample(sample: Uint8Array): void {
    for (let at = 0; at < sample.byteLength; ) {
      const length = new DataView(sample.buffer, sample.byteOffset + at).getUint32(0);
      this.decodeNal(sample.subarray(at + 4, at + 4 + length));
      at += 4 + length;
    }
  }

  /** Luma, Cb and Cr at pixel (x, y). */
  pixel(x: number, y: number): [number, number, number] {
    const chroma = (y >> 1) * this.columns * 8 + (x >> 1);
    return [this.y[y * this.columns * 16 + x]!, this.cb[chroma]!, this.cr[chroma]!];
  }

  private decodeNal(escaped: Uint8Array): void {
    const nal = removeEmulationPrevention(escaped);
    const type = nal[0]! & 0x1f;
    const referenceIdc = nal[0]! >> 5;
    if (type !== 1 && type !== 5) throw new Error(`unexpected NAL unit type ${type}`);
    const bits = new BitReader(nal.subarray(1));
    bits.ue(); // first_mb_in_slice
    const sliceType = bits.ue() % 5;
    bits.ue(); // pic_parameter_set_id
    bits.bits(4); // frame_num
    if (type === 5) bits.ue(); // idr_pic_id
    if (sliceType === 0) {
      if (bits.bits(1)) bits.ue(); // num_ref_idx_active_override_flag
      if (bits.bits(1)) throw new Error("ref_pic_list_modification is not supported");
    }
    if (referenceIdc !== 0) {
      if (type === 5) bits.bits(2);
      else if (bits.bits(1)) throw new Error("adaptive_ref_pic_marking is not supported");
    }
    bits.se(); // slice_qp_delta
    if (bits.ue() !== 1) {
      bits.se(); // slice_alpha_c0_offset_div2
      bits.se(); // slice_beta_offset_div2
    }
    const total = this.columns * this.rows;
    for (let address = 0; address < total; address++) {
      if (sliceType === 0) {
        address += bits.ue(); // mb_skip_run: those keep the previous picture
        if (address >= total) break;
      }
      const mbType = bits.ue();
      if (mbType !== (sliceType === 0 ? 30 : 25)) throw new Error(`mb_type ${mbType} is not I_PCM`);
      bits.align();
      this.store(address, bits.bytes(384));
    }
  }

  private store(address: number, samples: Uint8Array): void {
    const column = address % this.columns;
    const row = Math.floor(address / this.columns);
    const lumaWidth = this.columns * 16;
    for (let y = 0; y < 16; y++) {
      this.y.set(samples.subarray(y * 16, y * 16 + 16), (row * 16 + y) * lumaWidth + column * 16);
    }
    for (const [index, plane] of [this.cb, this.cr].entries()) {
      for (let y = 0; y < 8; y++) {
        const from = 256 + index * 64 + y * 8;
        plane.set(samples.subarray(from, from + 8), (row * 8 + y) * (lumaWidth / 2) + column * 8);
      }
    }
  }
}

function removeEmulationPrevention(escaped: Uint8Array): Uint8Array {
  const out: number[] = [];
  let zeros = 0;
  for (const byte of escaped) {
    if (zeros >= 2 && byte === 3) {
      zeros = 0;
      continue;
    }
    out.push(byte);
    zeros = byte === 0 ? zeros + 1 : 0;
  }
  return Uint8Array.from(out);
}

class BitReader {
  private position = 0;
  constructor(private readonly data: Uint8Array) {}

  bits(count: number): number {
    let value = 0;
    for (let index = 0; index < count; index++) {
      const byte = this.data[this.position >> 3];
      if (byte === undefined) throw new Error("read past the end of the slice");
      value = value * 2 + ((byte >> (7 - (this.position & 7))) & 1);
      this.position++;
    }
    return value;
  }

  ue(): number {
    let zeros = 0;
    while (this.bits(1) === 0) zeros++;
    return 2 ** zeros - 1 + this.bits(zeros);
  }

  se(): number {
    const code = this.ue();
    return code % 2 ? (code + 1) / 2 : -code / 2;
  }

  align(): void {
    this.position = Math.ceil(this.position / 8) * 8;
  }

  bytes(count: number): Uint8Array {
    const start = this.position >> 3;
    this.position += count * 8;
    return this.data.subarray(start, start + count);
  }
}
