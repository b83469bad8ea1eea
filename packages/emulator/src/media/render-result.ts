import { decodeImage } from "./decode-image.js";
import { emulatorCard, progressBarRow } from "./emulator-card.js";
import { type ColumnSweep, h264VideoTrack } from "./h264-video-track.js";
import { mp4File } from "./mp4-file.js";
import { pngFile } from "./png-file.js";
import type { ReferenceImage, ResultSpec } from "./result-spec.js";
import type { RgbImage } from "./rgb-image.js";
import { fitInto } from "./rgb-image.js";
import { silentAacTrack } from "./silent-aac-track.js";
import { silentMp3 } from "./silent-mp3.js";
import { toYuvFrame } from "./yuv-frame.js";

/** A result file the emulator serves: real, playable media. */
export interface ResultMedia {
  bytes: Uint8Array;
  mimeType: string;
  extension: string;
}

/** What a result is rendered from. */
export interface ResultSource {
  taskId: string;
  modelId: string;
  prompt: string | null;
  spec: ResultSpec;
}

/**
 * Renders a task's result: an MP4 that starts on the user's first image (else the emulator
 * card) and, for a last-frame image, sweeps to it mid-way; a PNG; or a silent MP3.
 */
export async function renderResult(source: ResultSource): Promise<ResultMedia> {
  const { spec } = source;
  if (spec.kind === "audio")
    return { bytes: silentMp3(spec.seconds), mimeType: "audio/mpeg", extension: "mp3" };
  const first = await fitted(spec.firstImage, spec.width, spec.height);
  const details = cardDetails(spec, spec.firstImage !== null && first === null);
  const card = (progress?: "empty" | "full") =>
    emulatorCard(
      spec.width,
      spec.height,
      { modelId: source.modelId, taskId: source.taskId, details, prompt: source.prompt },
      progress,
    );
  if (spec.kind === "image")
    return { bytes: pngFile(first ?? card()), mimeType: "image/png", extension: "png" };
  const frames = Math.max(1, Math.round(spec.seconds * spec.fps));
  const last = await fitted(spec.lastImage, spec.width, spec.height);
  const start = toYuvFrame(first ?? card("empty"));
  let sweep: ColumnSweep | undefined;
  if (last) {
    // The last image sweeps in across the middle fifth of the video, then holds to the end.
    const rows = start.lumaHeight / 16;
    sweep = {
      to: toYuvFrame(last),
      firstRow: 0,
      endRow: rows,
      startFrame: Math.floor(frames * 0.4),
      endFrame: Math.floor(frames * 0.6),
    };
  } else if (!first) {
    const row = progressBarRow(spec.height);
    sweep = {
      to: toYuvFrame(card("full")),
      firstRow: row,
      endRow: row + 1,
      startFrame: 0,
      endFrame: frames - 1,
    };
  }
  const video = h264VideoTrack({
    width: spec.width,
    height: spec.height,
    fps: spec.fps,
    seconds: spec.seconds,
    first: start,
    ...(sweep && { sweep }),
  });
  const tracks = spec.sound ? [video, silentAacTrack(spec.seconds)] : [video];
  return { bytes: mp4File(tracks), mimeType: "video/mp4", extension: "mp4" };
}

async function fitted(image: ReferenceImage | null, width: number, height: number): Promise<RgbImage | null> {
  if (!image) return null;
  const decoded = await decodeImage(image.path, image.mimeType);
  return decoded && fitInto(decoded, width, height);
}

/** The card's size line: "640×360 · 5 s · 24 fps · sound", plus a note on an image not shown. */
function cardDetails(spec: Exclude<ResultSpec, { kind: "audio" }>, imageNotShown: boolean): string {
  const parts = [`${spec.width}×${spec.height}`];
  if (spec.kind === "video")
    parts.push(`${spec.seconds} s`, `${spec.fps} fps`, ...(spec.sound ? ["sound"] : []));
  // Say so when the user's image could not be shown (WebP, corrupt, too large).
  if (imageNotShown) parts.push(`${spec.firstImage?.mimeType} not decoded`);
  return parts.join(" · ");
}
