import { BitWriter } from "./bit-writer.js";
import { nalType, nalUnit } from "./nal-unit.js";
import type { YuvFrame } from "./yuv-frame.js";

/** frame_num has 4 bits (SPS log2_max_frame_num_minus4 = 0). */
const maxFrameNum = 16;
/** mb_type 25 in an I slice: I_PCM, the samples stored as they are (no transform, no loss). */
const iPcmMbType = 25;

/**
 * An IDR picture in which every macroblock is I_PCM: after `mb_type` and alignment, 256 luma
 * then 64 Cb and 64 Cr samples, raw. Lossless and exact, so a test can read the picture back.
 */
export function idrSlice(frame: YuvFrame, idrPicId: number): Uint8Array {
  const bits = new BitWriter(32 + (frame.lumaWidth / 16) * (frame.lumaHeight / 16) * 386);
  sliceHeader(bits, { sliceType: 7, frameNum: 0, idrPicId });
  const columns = frame.lumaWidth / 16;
  const rows = frame.lumaHeight / 16;
  const samples = new Uint8Array(384);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      bits.ue(iPcmMbType).align();
      macroblockSamples(frame, column, row, samples);
      bits.bytes(samples);
    }
  }
  bits.trailingBits();
  return nalUnit(nalType.idrSlice, 3, bits.toBytes());
}

/**
 * A P picture: macroblocks for which `coded(column, row)` holds are I_PCM copies of `source`
 * (mb_type 30 = 5 + 25 in a P slice), every other one is P_Skip, a copy of the previous picture
 * (runs of them cost one `mb_skip_run`). With nothing coded, a whole frame costs a few bytes.
 */
export function pSlice(
  source: YuvFrame,
  framesSinceIdr: number,
  coded: (column: number, row: number) => boolean = () => false,
): Uint8Array {
  const bits = new BitWriter();
  sliceHeader(bits, { sliceType: 5, frameNum: framesSinceIdr % maxFrameNum, idrPicId: null });
  const columns = source.lumaWidth / 16;
  const rows = source.lumaHeight / 16;
  const samples = new Uint8Array(384);
  let skipped = 0;
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      if (!coded(column, row)) {
        skipped++;
        continue;
      }
      bits
        .ue(skipped)
        .ue(iPcmMbType + 5)
        .align();
      skipped = 0;
      macroblockSamples(source, column, row, samples);
      bits.bytes(samples);
    }
  }
  if (skipped > 0) bits.ue(skipped);
  bits.trailingBits();
  return nalUnit(nalType.nonIdrSlice, 2, bits.toBytes());
}

function sliceHeader(
  bits: BitWriter,
  slice: { sliceType: 5 | 7; frameNum: number; idrPicId: number | null },
): void {
  bits
    .ue(0) // first_mb_in_slice
    .ue(slice.sliceType) // 5 = P, 7 = I (every slice of the picture has this type)
    .ue(0) // pic_parameter_set_id
    .bits(slice.frameNum, 4);
  if (slice.idrPicId !== null) bits.ue(slice.idrPicId);
  if (slice.sliceType === 5) {
    bits.bit(0); // num_ref_idx_active_override_flag
    bits.bit(0); // ref_pic_list_modification_flag_l0
  }
  // dec_ref_pic_marking(): IDR: no_output_of_prior_pics_flag, long_term_reference_flag;
  // otherwise adaptive_ref_pic_marking_mode_flag (0 = sliding window).
  if (slice.idrPicId !== null) bits.bit(0).bit(0);
  else bits.bit(0);
  bits
    .se(0) // slice_qp_delta
    .ue(1); // disable_deblocking_filter_idc: off (I_PCM and skipped blocks need none)
}

function macroblockSamples(frame: YuvFrame, column: number, row: number, out: Uint8Array): void {
  let at = 0;
  for (let y = 0; y < 16; y++) {
    const start = (row * 16 + y) * frame.lumaWidth + column * 16;
    out.set(frame.y.subarray(start, start + 16), at);
    at += 16;
  }
  const chromaWidth = frame.lumaWidth / 2;
  for (const plane of [frame.cb, frame.cr]) {
    for (let y = 0; y < 8; y++) {
      const start = (row * 8 + y) * chromaWidth + column * 8;
      out.set(plane.subarray(start, start + 8), at);
      at += 8;
    }
  }
}
