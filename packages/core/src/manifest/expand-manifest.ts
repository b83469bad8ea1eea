import { DEFAULT_MANIFEST_OUT, type Manifest, type ManifestVideo } from "./manifest.js";
import type { ManifestProblem } from "./manifest-problem.js";

/** One concrete video after defaults and the matrix are applied. */
export interface ExpandedVideo {
  /** The id the lock file uses: the entry's id, plus `.<value>` per matrix key (`sneaker-red.9x16`). */
  id: string;
  /** The manifest entry's own id. */
  entryId: string;
  model: string | undefined;
  prompt: string | undefined;
  /** The prompt file (relative to the manifest), when the prompt comes from one. */
  promptFile: string | undefined;
  params: Record<string, unknown>;
  /** Reference images, relative to the manifest, in order. */
  images: string[];
  /** The output file, relative to the manifest. */
  out: string;
}

/** A matrix value as an id part: `9:16` → `9x16`; anything outside `[A-Za-z0-9_-]` becomes `-`. */
export function matrixIdPart(value: string | number | boolean): string {
  return String(value)
    .replace(/:/g, "x")
    .replace(/[^A-Za-z0-9_-]+/g, "-");
}

function combinations(
  matrix: NonNullable<ManifestVideo["matrix"]>,
): Record<string, string | number | boolean>[] {
  let result: Record<string, string | number | boolean>[] = [{}];
  for (const [key, values] of Object.entries(matrix)) {
    result = result.flatMap((combination) => values.map((value) => ({ ...combination, [key]: value })));
  }
  return result;
}

function outputPath(out: string, id: string, suffix: string): string {
  if (out.endsWith("/") || out.endsWith("\\")) return `${out}${id}.mp4`;
  if (suffix === "") return out;
  // One file name for several matrix videos: videos/sneaker.mp4 → videos/sneaker.9x16.mp4.
  const slash = Math.max(out.lastIndexOf("/"), out.lastIndexOf("\\"));
  const dot = out.lastIndexOf(".");
  return dot > slash ? `${out.slice(0, dot)}${suffix}${out.slice(dot)}` : `${out}${suffix}`;
}

/**
 * Applies defaults and expands each matrix into one video per combination of values. Reports
 * duplicate ids and duplicate output paths (two videos writing one file).
 */
export function expandManifest(manifest: Manifest): { videos: ExpandedVideo[]; problems: ManifestProblem[] } {
  const defaults = manifest.defaults ?? {};
  const videos: ExpandedVideo[] = [];
  const problems: ManifestProblem[] = [];
  for (const entry of manifest.videos) {
    const variants = entry.matrix ? combinations(entry.matrix) : [{}];
    for (const variant of variants) {
      const suffix = Object.values(variant)
        .map((value) => `.${matrixIdPart(value)}`)
        .join("");
      const id = `${entry.id}${suffix}`;
      videos.push({
        id,
        entryId: entry.id,
        model: entry.model ?? defaults.model,
        prompt: entry.prompt,
        promptFile: entry["prompt-file"],
        params: { ...defaults.params, ...entry.params, ...variant },
        images: [...(entry.images ?? defaults.images ?? [])],
        out: outputPath(entry.out ?? defaults.out ?? DEFAULT_MANIFEST_OUT, id, suffix),
      });
    }
  }
  const seenIds = new Set<string>();
  const seenOuts = new Map<string, string>();
  for (const video of videos) {
    if (seenIds.has(video.id))
      problems.push({
        video: video.id,
        field: "id",
        message: `id: "${video.id}" is declared twice (ids must be unique)`,
      });
    seenIds.add(video.id);
    const other = seenOuts.get(video.out);
    if (other !== undefined && other !== video.id)
      problems.push({
        video: video.id,
        field: "out",
        message: `out: "${video.out}" is also the output of "${other}" (each video needs its own file)`,
      });
    seenOuts.set(video.out, video.id);
  }
  return { videos, problems };
}
