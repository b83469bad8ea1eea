import { ascii, box, concat, fullBox, identityMatrix, type Part, u16, u32, zeros } from "./mp4-box.js";
import { type Mp4Track, trackDuration } from "./mp4-track.js";

const movieTimescale = 1000;

/**
 * A progressive MP4: `ftyp`, then `moov` (first, so players start before the end arrives), then
 * one `mdat` holding each track's samples as one chunk. Durations are exact: the movie's is the
 * longest track's, in milliseconds.
 */
export function mp4File(tracks: readonly Mp4Track[]): Uint8Array {
  const ftyp = box("ftyp", ascii("isom"), u32(0x200), ascii("isomiso2avc1mp41"));
  const chunkSizes = tracks.map((track) =>
    track.samples.reduce((sum, sample) => sum + sample.bytes.byteLength, 0),
  );
  // The moov's size does not depend on the offsets' values: build it once to learn it.
  const moovSize = moov(
    tracks,
    tracks.map(() => 0),
  ).byteLength;
  const offsets: number[] = [];
  let offset = ftyp.byteLength + moovSize + 8;
  for (const size of chunkSizes) {
    offsets.push(offset);
    offset += size;
  }
  const mdatSize = 8 + chunkSizes.reduce((sum, size) => sum + size, 0);
  return concat([
    ftyp,
    moov(tracks, offsets),
    u32(mdatSize),
    ascii("mdat"),
    tracks.flatMap((track) => track.samples.map((sample) => sample.bytes)),
  ]);
}

function moov(tracks: readonly Mp4Track[], offsets: readonly number[]): Uint8Array {
  const durations = tracks.map((track) =>
    Math.round((trackDuration(track) * movieTimescale) / track.timescale),
  );
  const mvhd = fullBox(
    "mvhd",
    0,
    0,
    u32(0),
    u32(0),
    u32(movieTimescale),
    u32(Math.max(0, ...durations)),
    u32(0x10000), // rate 1.0
    u16(0x100), // volume 1.0
    zeros(10),
    identityMatrix,
    zeros(24),
    u32(tracks.length + 1), // next_track_ID
  );
  return box(
    "moov",
    mvhd,
    tracks.map((track, index) => trak(track, index + 1, durations[index]!, offsets[index]!)),
  );
}

function trak(track: Mp4Track, id: number, movieDuration: number, chunkOffset: number): Uint8Array {
  const video = track.kind === "video";
  const tkhd = fullBox(
    "tkhd",
    0,
    3, // enabled, in movie
    u32(0),
    u32(0),
    u32(id),
    u32(0),
    u32(movieDuration),
    zeros(8),
    u16(0), // layer
    u16(video ? 0 : 1), // alternate_group
    u16(video ? 0 : 0x100), // volume
    u16(0),
    identityMatrix,
    u32((track.width ?? 0) * 0x10000),
    u32((track.height ?? 0) * 0x10000),
  );
  const mdhd = fullBox(
    "mdhd",
    0,
    0,
    u32(0),
    u32(0),
    u32(track.timescale),
    u32(trackDuration(track)),
    u16(0x55c4), // language "und"
    u16(0),
  );
  const hdlr = fullBox(
    "hdlr",
    0,
    0,
    u32(0),
    ascii(video ? "vide" : "soun"),
    zeros(12),
    ascii(video ? "VideoHandler\0" : "SoundHandler\0"),
  );
  const mediaHeader = video ? fullBox("vmhd", 0, 1, zeros(8)) : fullBox("smhd", 0, 0, zeros(4));
  const dinf = box("dinf", fullBox("dref", 0, 0, u32(1), fullBox("url ", 0, 1)));
  const minf = box("minf", mediaHeader, dinf, stbl(track, chunkOffset));
  return box("trak", tkhd, box("mdia", mdhd, hdlr, minf));
}

function stbl(track: Mp4Track, chunkOffset: number): Uint8Array {
  const { samples } = track;
  const runs: [count: number, delta: number][] = [];
  for (const sample of samples) {
    const last = runs.at(-1);
    if (last && last[1] === sample.duration) last[0]++;
    else runs.push([1, sample.duration]);
  }
  const syncSamples = samples.flatMap((sample, index) => (sample.sync ? [index + 1] : []));
  const parts: Part[] = [
    fullBox("stsd", 0, 0, u32(1), track.sampleEntry),
    fullBox(
      "stts",
      0,
      0,
      u32(runs.length),
      runs.flatMap(([count, delta]) => [u32(count), u32(delta)]),
    ),
  ];
  // No stss means every sample is a sync sample (audio).
  if (syncSamples.length < samples.length) {
    parts.push(fullBox("stss", 0, 0, u32(syncSamples.length), syncSamples.map(u32)));
  }
  parts.push(
    fullBox("stsc", 0, 0, u32(1), u32(1), u32(samples.length), u32(1)),
    fullBox(
      "stsz",
      0,
      0,
      u32(0),
      u32(samples.length),
      samples.map((sample) => u32(sample.bytes.byteLength)),
    ),
    fullBox("stco", 0, 0, u32(1), u32(chunkOffset)),
  );
  return box("stbl", ...parts);
}
