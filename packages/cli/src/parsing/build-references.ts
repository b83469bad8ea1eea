import { basename } from "node:path";
import type { GenerateReference, MediaKind } from "@rivya-kit/core";

/** The reference flags of `generate` / `estimate`. */
export interface ReferenceFlags {
  image?: string[] | undefined;
  video?: string[] | undefined;
  audio?: string[] | undefined;
}

/**
 * Turns `--image/--video/--audio` into the core's references, in that order (images keep their
 * order: for Kling a second image is the last frame). An http(s) URL is an already hosted file;
 * anything else is a local path the core checks and uploads.
 */
export function buildReferences(flags: ReferenceFlags): GenerateReference[] {
  const references: GenerateReference[] = [];
  const add = (kind: MediaKind, values: string[] | undefined) => {
    for (const value of values ?? []) {
      if (/^https?:\/\//i.test(value)) references.push({ url: value, kind });
      else references.push({ file: { path: value }, kind, name: basename(value) });
    }
  };
  add("image", flags.image);
  add("video", flags.video);
  add("audio", flags.audio);
  return references;
}
