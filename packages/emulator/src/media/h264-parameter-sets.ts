import { BitWriter } from "./bit-writer.js";
import { nalType, nalUnit } from "./nal-unit.js";

/** The coded picture: whole macroblocks, cropped to the display size. */
export interface H264Geometry {
  width: number;
  height: number;
  fps: number;
}

/** Constrained Baseline (profile 66, constraint_set0+1): every decoder's common ground. */
export const h264Profile = { profileIdc: 66, constraintFlags: 0xc0 } as const;

/** Width and height in macroblocks (16×16). */
export function macroblocks(geometry: H264Geometry): { columns: number; rows: number } {
  return { columns: Math.ceil(geometry.width / 16), rows: Math.ceil(geometry.height / 16) };
}

/** Level 4.0 fits every stand-in size (≤ 8192 macroblocks per frame); 5.1 above that. */
export function h264Level(geometry: H264Geometry): number {
  const { columns, rows } = macroblocks(geometry);
  return columns * rows <= 8192 ? 40 : 51;
}

/**
 * The sequence parameter set: 4:2:0 8-bit, frame_num of 4 bits, POC type 2 (output order =
 * decode order: there are no B-frames), one reference frame, cropping to odd sizes, and a VUI
 * with square pixels, BT.709 colour (limited range), the frame rate and no reordering, so
 * players neither guess the colours nor buffer frames.
 */
export function sequenceParameterSet(geometry: H264Geometry): Uint8Array {
  const { columns, rows } = macroblocks(geometry);
  const cropRight = (columns * 16 - geometry.width) / 2;
  const cropBottom = (rows * 16 - geometry.height) / 2;
  const bits = new BitWriter()
    .bits(h264Profile.profileIdc, 8)
    .bits(h264Profile.constraintFlags, 8)
    .bits(h264Level(geometry), 8)
    .ue(0) // seq_parameter_set_id
    .ue(0) // log2_max_frame_num_minus4
    .ue(2) // pic_order_cnt_type
    .ue(1) // max_num_ref_frames
    .bit(0) // gaps_in_frame_num_value_allowed_flag
    .ue(columns - 1)
    .ue(rows - 1)
    .bit(1) // frame_mbs_only_flag
    .bit(1); // direct_8x8_inference_flag
  const cropped = cropRight > 0 || cropBottom > 0;
  bits.bit(cropped ? 1 : 0);
  if (cropped) bits.ue(0).ue(cropRight).ue(0).ue(cropBottom);
  bits
    .bit(1) // vui_parameters_present_flag
    .bit(1) // aspect_ratio_info_present_flag
    .bits(1, 8) // aspect_ratio_idc: 1:1
    .bit(0) // overscan_info_present_flag
    .bit(1) // video_signal_type_present_flag
    .bits(5, 3) // video_format: unspecified
    .bit(0) // video_full_range_flag
    .bit(1) // colour_description_present_flag
    .bits(1, 8) // colour_primaries: BT.709
    .bits(1, 8) // transfer_characteristics: BT.709
    .bits(1, 8) // matrix_coefficients: BT.709
    .bit(0) // chroma_loc_info_present_flag
    .bit(1) // timing_info_present_flag
    .bits(1, 32) // num_units_in_tick
    .bits(geometry.fps * 2, 32) // time_scale (two ticks per frame)
    .bit(1) // fixed_frame_rate_flag
    .bit(0) // nal_hrd_parameters_present_flag
    .bit(0) // vcl_hrd_parameters_present_flag
    .bit(0) // pic_struct_present_flag
    .bit(1) // bitstream_restriction_flag
    .bit(1) // motion_vectors_over_pic_boundaries_flag
    .ue(0) // max_bytes_per_pic_denom
    .ue(0) // max_bits_per_mb_denom
    .ue(15) // log2_max_mv_length_horizontal
    .ue(15) // log2_max_mv_length_vertical
    .ue(0) // max_num_reorder_frames
    .ue(1) // max_dec_frame_buffering
    .trailingBits();
  return nalUnit(nalType.sps, 3, bits.toBytes());
}

/** The picture parameter set: CAVLC, one slice group, QP 26, deblocking control in the slice. */
export function pictureParameterSet(): Uint8Array {
  const bits = new BitWriter()
    .ue(0) // pic_parameter_set_id
    .ue(0) // seq_parameter_set_id
    .bit(0) // entropy_coding_mode_flag: CAVLC
    .bit(0) // bottom_field_pic_order_in_frame_present_flag
    .ue(0) // num_slice_groups_minus1
    .ue(0) // num_ref_idx_l0_default_active_minus1
    .ue(0) // num_ref_idx_l1_default_active_minus1
    .bit(0) // weighted_pred_flag
    .bits(0, 2) // weighted_bipred_idc
    .se(0) // pic_init_qp_minus26
    .se(0) // pic_init_qs_minus26
    .se(0) // chroma_qp_index_offset
    .bit(1) // deblocking_filter_control_present_flag
    .bit(0) // constrained_intra_pred_flag
    .bit(0) // redundant_pic_cnt_present_flag
    .trailingBits();
  return nalUnit(nalType.pps, 3, bits.toBytes());
}
