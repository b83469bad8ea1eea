import { h264Profile } from "./h264-parameter-sets.js";
import { box, concat, u8, u16, u32, zeros } from "./mp4-box.js";

/** The `avc1` sample entry with its `avcC` (the SPS and PPS travel here, not in the samples). */
export function avcSampleEntry(width: number, height: number, sps: Uint8Array, pps: Uint8Array): Uint8Array {
  const avcC = box(
    "avcC",
    u8(1), // configurationVersion
    u8(h264Profile.profileIdc),
    u8(h264Profile.constraintFlags),
    u8(sps[3]!), // level_idc, as in the SPS
    u8(0xff), // lengthSizeMinusOne = 3: 4-byte NAL lengths
    u8(0xe1), // one SPS
    u16(sps.byteLength),
    sps,
    u8(1), // one PPS
    u16(pps.byteLength),
    pps,
  );
  const compressorName = zeros(32);
  const name = "rivya emulator";
  compressorName[0] = name.length;
  compressorName.set(
    Uint8Array.from(name, (character) => character.charCodeAt(0)),
    1,
  );
  return box(
    "avc1",
    zeros(6),
    u16(1), // data_reference_index
    zeros(16),
    u16(width),
    u16(height),
    u32(0x480000), // 72 dpi
    u32(0x480000),
    u32(0),
    u16(1), // frame_count
    compressorName,
    u16(0x18), // depth
    u16(0xffff), // pre_defined = -1
    avcC,
  );
}

/** A sample in AVCC form: each NAL unit prefixed by its 4-byte length. */
export function avccSample(nalUnits: readonly Uint8Array[]): Uint8Array {
  return concat(nalUnits.flatMap((nal) => [u32(nal.byteLength), nal]));
}
