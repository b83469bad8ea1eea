import { avccSample, avcSampleEntry } from "./avc-sample-entry.js";
import { pictureParameterSet, sequenceParameterSet } from "./h264-parameter-sets.js";
import { idrSlice, pSlice } from "./h264-slices.js";
import type { Mp4Sample, Mp4Track } from "./mp4-track.js";
import type { YuvFrame } from "./yuv-frame.js";

/**
 * A left-to-right change from `from` to `to`, one macroblock column at a time, within the
 * macroblock rows `[firstRow, endRow)`, between frames `startFrame` and `endFrame`.
 */
export interface ColumnSweep {
  to: YuvFrame;
  firstRow: number;
  endRow: number;
  startFrame: number;
  endFrame: number;
}

export interface VideoTrackOptions {
  width: number;
  height: number;
  fps: number;
  seconds: number;
  first: YuvFrame;
  sweep?: ColumnSweep;
}

/**
 * An H.264 track of exactly `seconds` at a steady `fps`: one IDR of I_PCM macroblocks, then P
 * pictures that skip every macroblock except those a sweep changes. Sample durations are in
 * 1/1000 of a frame, the last one trimmed so the track ends on the requested time.
 */
export function h264VideoTrack(options: VideoTrackOptions): Mp4Track {
  const { width, height, fps, seconds, first, sweep } = options;
  const timescale = fps * 1000;
  const total = Math.round(seconds * timescale);
  const frames = Math.max(1, Math.round(seconds * fps));
  const sps = sequenceParameterSet({ width, height, fps });
  const pps = pictureParameterSet();
  const columns = first.lumaWidth / 16;
  const sweptColumns = (frame: number): number => {
    if (!sweep) return 0;
    const span = Math.max(1, sweep.endFrame - sweep.startFrame);
    return Math.min(columns, Math.max(0, Math.round(((frame - sweep.startFrame) / span) * columns)));
  };
  // An all-skip picture differs only in frame_num (mod 16): build each once.
  const skipped = new Map<number, Uint8Array>();
  const skipSample = (frame: number): Uint8Array => {
    const cached = skipped.get(frame % 16);
    if (cached) return cached;
    const bytes = avccSample([pSlice(first, frame)]);
    skipped.set(frame % 16, bytes);
    return bytes;
  };
  const samples: Mp4Sample[] = [];
  for (let frame = 0; frame < frames; frame++) {
    const duration = frame < frames - 1 ? 1000 : total - 1000 * (frames - 1);
    if (frame === 0) {
      samples.push({ bytes: avccSample([idrSlice(first, 0)]), duration, sync: true });
      continue;
    }
    const before = sweptColumns(frame - 1);
    const after = sweptColumns(frame);
    const bytes =
      sweep && after > before
        ? avccSample([
            pSlice(
              sweep.to,
              frame,
              (column, row) =>
                column >= before && column < after && row >= sweep.firstRow && row < sweep.endRow,
            ),
          ])
        : skipSample(frame);
    samples.push({ bytes, duration, sync: false });
  }
  return {
    kind: "video",
    timescale,
    sampleEntry: avcSampleEntry(width, height, sps, pps),
    samples,
    width,
    height,
  };
}
