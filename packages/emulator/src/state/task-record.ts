import type { ResultSpec } from "../media/result-spec.js";
import { isoTime } from "./iso-time.js";

export type TaskStatus = "queued" | "processing" | "succeeded" | "failed";

/** A generation task as the emulator keeps it; its status follows from the clock. */
export interface TaskRecord {
  id: string;
  accountId: string;
  model: string;
  category: string;
  prompt: string | null;
  params: Record<string, unknown>;
  clientRequestId: string | null;
  reservedCredits: number;
  /** Credits kept on success (METERED models settle below the reservation). */
  successCredits: number;
  createdAt: number;
  startsAt: number;
  endsAt: number;
  outcome: "succeeded" | "failed";
  failure: { code: string; message: string } | null;
  /** Set once credits are settled and events emitted at `endsAt`. */
  settled: boolean;
  /** What the result shows and how long it runs (API.md "DECISION: emulator results"). */
  result: ResultSpec;
  resultCount: number;
  /** Origin the task was created through, for absolute result URLs. */
  origin: string;
  /** Serve video results padded to this many bytes (streamed) instead of their own size. */
  resultSizeBytes: number | null;
}

/** The task object of API.md, as of virtual time `now`. */
export interface TaskView {
  id: string;
  status: TaskStatus;
  model: string;
  reserved_credits: number;
  final_credits: number;
  created_at: string;
  updated_at: string;
  result: { primary_url: string; urls: string[] } | null;
  error: { code: string; message: string } | null;
  client_request_id: string | null;
}

export function taskStatus(task: TaskRecord, now: number): TaskStatus {
  if (now < task.startsAt) return "queued";
  if (now < task.endsAt || !task.settled) return "processing";
  return task.outcome;
}

export function resultUrls(task: TaskRecord): string[] {
  const extension = task.category === "image" ? "png" : task.category === "audio" ? "mp3" : "mp4";
  return Array.from(
    { length: task.resultCount },
    (_, index) => `${task.origin}/media/results/${task.id}/${index}.${extension}`,
  );
}

export function taskView(task: TaskRecord, now: number): TaskView {
  const status = taskStatus(task, now);
  const updatedAt =
    status === "queued" ? task.createdAt : status === "processing" ? task.startsAt : task.endsAt;
  const urls = status === "succeeded" ? resultUrls(task) : [];
  return {
    id: task.id,
    status,
    model: task.model,
    reserved_credits: task.reservedCredits,
    final_credits: status === "succeeded" ? task.successCredits : 0,
    created_at: isoTime(task.createdAt),
    updated_at: isoTime(updatedAt),
    result: status === "succeeded" ? { primary_url: urls[0]!, urls } : null,
    error: status === "failed" ? task.failure : null,
    client_request_id: task.clientRequestId,
  };
}
