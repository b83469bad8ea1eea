/** One sample of a track: its bytes, its duration in the track's timescale, keyframe or not. */
export interface Mp4Sample {
  bytes: Uint8Array;
  duration: number;
  sync: boolean;
}

/** A track to mux: its sample entry box (`avc1`, `mp4a`) and its samples. */
export interface Mp4Track {
  kind: "video" | "audio";
  timescale: number;
  sampleEntry: Uint8Array;
  samples: readonly Mp4Sample[];
  width?: number;
  height?: number;
}

/** The track's duration in its own timescale. */
export function trackDuration(track: Mp4Track): number {
  return track.samples.reduce((sum, sample) => sum + sample.duration, 0);
}
