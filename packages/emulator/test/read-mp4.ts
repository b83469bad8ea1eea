import { createFile, type Movie, MP4BoxBuffer } from "mp4box";

/** An MP4 read back with mp4box.js (a real parser, not ours): its movie info and each track's samples. */
export interface ReadMp4 {
  info: Movie;
  /** The bytes of every sample of a track, in decode order. */
  samples(trackId: number): { bytes: Uint8Array; sync: boolean; duration: number }[];
}

export function readMp4(bytes: Uint8Array): ReadMp4 {
  const file = createFile();
  let info: Movie | undefined;
  file.onReady = (movie) => {
    info = movie;
  };
  file.onError = (module: string, message: string) => {
    throw new Error(`mp4box: ${module}: ${message}`);
  };
  const buffer = MP4BoxBuffer.fromArrayBuffer(bytes.slice().buffer, 0);
  file.appendBuffer(buffer, true);
  file.flush();
  if (!info) throw new Error("mp4box: no moov (onReady was not called)");
  return {
    info,
    samples: (trackId) =>
      file.getTrackSamplesInfo(trackId).map((sample) => ({
        bytes: bytes.subarray(sample.offset, sample.offset + sample.size),
        sync: sample.is_sync,
        duration: sample.duration,
      })),
  };
}
