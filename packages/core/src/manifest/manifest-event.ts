import type { GenerateEvent } from "../generate/generate-event.js";
import type { PlannedState } from "./manifest-plan.js";

/** How one video ended in an apply. */
export interface VideoOutcome {
  id: string;
  /** Its state in the plan. */
  state: PlannedState;
  /** `succeeded` (generated, resumed or downloaded again), `failed`, or `skipped` (nothing to do). */
  status: "succeeded" | "failed" | "skipped";
  taskId: string | undefined;
  /** Credits of its task (final charge when finished). 0 when this apply started no task for it. */
  credits: number;
  resultUrl: string | undefined;
  /** The output file, relative to the manifest. */
  output: string;
  /** The error, for a failed video. */
  error: { code: string | undefined; message: string } | undefined;
}

/** One step of `applyManifest`, per video. */
export type ManifestEvent =
  | { type: "video:start"; id: string; state: PlannedState }
  /** A step of the video's `generate` flow (or of its resumed wait / repeated download). */
  | { type: "video:progress"; id: string; event: GenerateEvent }
  | { type: "video:done"; id: string; outcome: VideoOutcome }
  /** The lock file was written (after a task exists, and after each video finishes). */
  | { type: "lock:written" };
