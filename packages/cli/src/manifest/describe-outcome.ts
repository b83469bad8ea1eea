import type { VideoOutcome } from "@rivya-kit/core";

/** The line a finished video leaves: `✔ sneaker-red.9x16 succeeded · task_… · 90 credits · videos/…`. */
export function describeOutcome(outcome: VideoOutcome): string {
  if (outcome.status === "failed") {
    const task = outcome.taskId ? ` (task ${outcome.taskId})` : "";
    return `✖ ${outcome.id} failed${task}: ${outcome.error?.message ?? "unknown error"}`;
  }
  const how =
    outcome.state === "resume"
      ? "resumed"
      : outcome.state === "missing-output"
        ? "downloaded again"
        : "generated";
  return `✔ ${outcome.id} ${how} · ${outcome.taskId ?? "-"} · ${outcome.credits} credits · ${outcome.output}`;
}
