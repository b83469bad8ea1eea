import { box, concat, fullBox, u8, u16, u24, u32, zeros } from "./mp4-box.js";
import type { Mp4Sample, Mp4Track } from "./mp4-track.js";

const sampleRate = 48_000;
const samplesPerFrame = 1024;
/** A raw AAC-LC mono frame that decodes to 1024 samples of silence (one empty SCE). */
const silentFrame = Uint8Array.of(0x00, 0xc8, 0x00, 0x80, 0x23, 0x80);
/** AudioSpecificConfig: AAC-LC (2), 48 kHz (index 3), mono. */
const audioSpecificConfig = Uint8Array.of(0x11, 0x88);

/**
 * A silent AAC-LC track of exactly `seconds`: whole 1024-sample frames, the last one's duration
 * shortened in `stts` so the track ends on the requested time.
 */
export function silentAacTrack(seconds: number): Mp4Track {
  const total = Math.round(seconds * sampleRate);
  const frames = Math.max(1, Math.ceil(total / samplesPerFrame));
  const samples: Mp4Sample[] = Array.from({ length: frames }, (_, index) => ({
    bytes: silentFrame,
    duration: index < frames - 1 ? samplesPerFrame : total - samplesPerFrame * (frames - 1),
    sync: true,
  }));
  return { kind: "audio", timescale: sampleRate, sampleEntry: mp4aSampleEntry(), samples };
}

function mp4aSampleEntry(): Uint8Array {
  const bitrate = Math.ceil((silentFrame.byteLength * 8 * sampleRate) / samplesPerFrame);
  const decoderSpecificInfo = descriptor(5, audioSpecificConfig);
  const decoderConfig = descriptor(
    4,
    concat([
      u8(0x40), // objectTypeIndication: MPEG-4 Audio
      u8(0x15), // streamType 5 (audio) << 2 | 1
      u24(silentFrame.byteLength),
      u32(bitrate),
      u32(bitrate),
      decoderSpecificInfo,
    ]),
  );
  const esDescriptor = descriptor(3, concat([u16(0), u8(0), decoderConfig, descriptor(6, u8(2))]));
  return box(
    "mp4a",
    zeros(6),
    u16(1), // data_reference_index
    zeros(8),
    u16(1), // channelcount
    u16(16), // samplesize
    u16(0),
    u16(0),
    u32(sampleRate * 0x10000),
    fullBox("esds", 0, 0, esDescriptor),
  );
}

/** An MPEG-4 descriptor: tag, a one-byte length (every descriptor here is < 128 bytes), payload. */
function descriptor(tag: number, payload: Uint8Array): Uint8Array {
  return concat([u8(tag), u8(payload.byteLength), payload]);
}
