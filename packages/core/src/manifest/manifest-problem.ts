/** One thing wrong with a manifest: which video (when it concerns one), which field, and why. */
export interface ManifestProblem {
  /** The video id (expanded, e.g. `sneaker-red.9x16`), or undefined for the manifest itself. */
  video: string | undefined;
  /** The field, e.g. `params.duration`, `images[1]`, `budget`. */
  field: string;
  /** A sentence naming the field, the value and what is allowed. */
  message: string;
}

/** The problems as one text block, one line each (`sneaker-red.9x16: params.duration: …`). */
export function describeManifestProblems(problems: readonly ManifestProblem[]): string {
  return problems
    .map((problem) =>
      problem.video === undefined ? problem.message : `${problem.video}: ${problem.message}`,
    )
    .join("\n");
}
