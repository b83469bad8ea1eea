import type { MediaKind } from "../catalog/media-kind.js";

// Video first: "1 video and 5 images" reads as the model pages word it.
const order: readonly MediaKind[] = ["video", "image", "audio"];

/** Reference files counted per kind. */
export type KindCounts = Partial<Record<MediaKind, number>>;

function files(kind: MediaKind, count: number): string {
  if (kind === "audio") return `${count} audio file${count === 1 ? "" : "s"}`;
  return `${count} ${kind}${count === 1 ? "" : "s"}`;
}

/** `1 video and 7 images`. */
export function describeCounts(counts: KindCounts): string {
  const parts = order.filter((kind) => (counts[kind] ?? 0) > 0).map((kind) => files(kind, counts[kind] ?? 0));
  return parts.length <= 1
    ? (parts[0] ?? "no files")
    : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** `up to 9 images, or 1 video and up to 5 images`. */
export function describeAlternatives(alternatives: readonly KindCounts[]): string {
  return alternatives
    .map((alternative) => {
      const parts = order
        .filter((kind) => alternative[kind] !== undefined)
        .map((kind) => {
          const limit = alternative[kind] ?? 0;
          return limit === 1 ? files(kind, 1) : `up to ${files(kind, limit)}`;
        });
      return parts.join(" and ");
    })
    .join(", or ");
}

/** Whether the counted files fit at least one of the combinations. */
export function fitsAlternatives(counts: KindCounts, alternatives: readonly KindCounts[]): boolean {
  return alternatives.some((alternative) =>
    order.every((kind) => (counts[kind] ?? 0) <= (alternative[kind] ?? 0)),
  );
}
