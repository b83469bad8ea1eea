/** Big-endian field writers and ISO BMFF box framing (ISO/IEC 14496-12). */
export type Part = Uint8Array | readonly Uint8Array[];

export function u8(value: number): Uint8Array {
  return Uint8Array.of(value & 0xff);
}

export function u16(value: number): Uint8Array {
  return Uint8Array.of((value >>> 8) & 0xff, value & 0xff);
}

export function u24(value: number): Uint8Array {
  return Uint8Array.of((value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
}

export function u32(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value >>> 0);
  return out;
}

export function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}

export function zeros(length: number): Uint8Array {
  return new Uint8Array(length);
}

export function concat(parts: readonly Part[]): Uint8Array {
  const flat = parts.flat() as Uint8Array[];
  const out = new Uint8Array(flat.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of flat) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/** `size, type, payload`. */
export function box(type: string, ...parts: Part[]): Uint8Array {
  const payload = concat(parts);
  return concat([u32(payload.byteLength + 8), ascii(type), payload]);
}

/** A box with version and flags. */
export function fullBox(type: string, version: number, flags: number, ...parts: Part[]): Uint8Array {
  return box(type, u8(version), u24(flags), ...parts);
}

/** The identity transformation matrix of `mvhd`/`tkhd`. */
export const identityMatrix: Uint8Array = concat([0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000].map(u32));
