import type { LockedVideo, ManifestLock } from "./manifest-lock.js";
import type { ManifestProblem } from "./manifest-problem.js";

/**
 * What apply would do with a video:
 * - `new`: never generated (or the last attempt failed and was refunded);
 * - `changed`: its inputs differ from the lock (or `force`d): generated again;
 * - `unchanged`: generated, output present and intact: nothing to do;
 * - `resume`: a task was recorded but did not finish: wait for it (no new charge);
 * - `missing-output`: generated, but the file is gone or differs: downloaded again (no new charge);
 * - `removed`: in the lock but no longer in the manifest: dropped from the lock (the file stays);
 * - `invalid`: has a problem (see `problems`): nothing runs until it is fixed.
 */
export type PlannedState =
  | "new"
  | "changed"
  | "unchanged"
  | "resume"
  | "missing-output"
  | "removed"
  | "invalid";

/** A reference file of a planned video. */
export interface PlannedReference {
  /** Path relative to the manifest. */
  path: string;
  sha256: string;
  sizeBytes: number;
  mimeType: string | undefined;
}

/** One video in a plan. */
export interface PlannedVideo {
  id: string;
  state: PlannedState;
  /** Why, in a few words (`prompt changed`, `forced`, `last attempt failed (refunded)`…). */
  reason: string | undefined;
  model: string | undefined;
  /** Credits this apply would reserve for it (0 when nothing is paid; undefined when unknown). */
  credits: number | undefined;
  /** The output file, relative to the manifest. */
  out: string;
  /** Identity hash (undefined for removed and invalid videos). */
  inputsHash: string | undefined;
  /** The attempt number a create would use (see `LockedVideo.attempt`). */
  attempt: number;
  /** What would be sent (absent for removed and invalid videos). */
  request:
    | {
        model: string;
        prompt: string | undefined;
        params: Record<string, unknown> | undefined;
        references: PlannedReference[];
      }
    | undefined;
  /** The lock's record of it, if any. */
  locked: LockedVideo | undefined;
}

/** What `planManifest` found. */
export interface ManifestPlan {
  videos: PlannedVideo[];
  /** Every problem of every entry; apply refuses to run while there is one. */
  problems: ManifestProblem[];
  /** Credits this apply would reserve (a lower bound when `complete` is false). */
  total: number;
  /** False when some model's price is unknown. */
  complete: boolean;
  budget: number | undefined;
  /** The balance, when the caller passed it. */
  balance: number | undefined;
  /** `total` exceeds `budget`. */
  overBudget: boolean;
  /** `total` exceeds `balance`. */
  overBalance: boolean;
  concurrency: number;
  /** The lock the plan was made against. */
  lock: ManifestLock;
  /** Warnings that do not stop an apply (unknown model ids, undocumented params). */
  warnings: string[];
}
