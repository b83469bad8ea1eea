/** NAL unit types the encoder writes (H.264 Table 7-1). */
export const nalType = { nonIdrSlice: 1, idrSlice: 5, sps: 7, pps: 8 } as const;

/**
 * A NAL unit (header byte + RBSP with emulation prevention): every `00 00 0x` (x ≤ 3) in the
 * payload gets a `03` inserted, so no start code can appear inside it (H.264 7.4.1).
 */
export function nalUnit(type: number, referenceIdc: number, rbsp: Uint8Array): Uint8Array {
  const out = new Uint8Array(1 + rbsp.byteLength + Math.ceil(rbsp.byteLength / 2) + 1);
  out[0] = (referenceIdc << 5) | type;
  let length = 1;
  let zeros = 0;
  for (let index = 0; index < rbsp.byteLength; index++) {
    const byte = rbsp[index]!;
    if (zeros >= 2 && byte <= 3) {
      out[length++] = 3;
      zeros = 0;
    }
    out[length++] = byte;
    zeros = byte === 0 ? zeros + 1 : 0;
  }
  return out.slice(0, length);
}
