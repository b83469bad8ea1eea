import type { FixtureAspect } from "./aspect-ratio.js";
import { fixtureData } from "./fixture-data.js";

/** A result file the emulator serves: real, playable media. */
export interface ResultMedia {
  bytes: Uint8Array;
  mimeType: string;
  extension: string;
}

const cache = new Map<string, ResultMedia>();

function load(name: string, mimeType: string, extension: string): ResultMedia {
  let media = cache.get(name);
  if (!media) {
    const base64 = fixtureData[name];
    if (base64 === undefined) throw new Error(`missing fixture ${name}`);
    media = { bytes: new Uint8Array(Buffer.from(base64, "base64")), mimeType, extension };
    cache.set(name, media);
  }
  return media;
}

const suffix: Record<FixtureAspect, string> = { "16:9": "16x9", "9:16": "9x16", "1:1": "1x1" };

/** The fixture for a task's category and aspect: MP4 for video, PNG for image, MP3 for audio. */
export function resultMedia(category: string, aspect: FixtureAspect): ResultMedia {
  if (category === "image") return load(`result-${suffix[aspect]}.png`, "image/png", "png");
  if (category === "audio") return load("result.mp3", "audio/mpeg", "mp3");
  return load(`result-${suffix[aspect]}.mp4`, "video/mp4", "mp4");
}
