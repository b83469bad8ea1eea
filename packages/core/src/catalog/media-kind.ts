/** The kinds of reference media and results the API knows. */
export type MediaKind = "image" | "video" | "audio";

/** Every media kind, in the order messages list them. */
export const mediaKinds: readonly MediaKind[] = ["image", "video", "audio"];

/** Whether a value is one of the media kinds. */
export function isMediaKind(value: unknown): value is MediaKind {
  return value === "image" || value === "video" || value === "audio";
}
