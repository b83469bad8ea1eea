import type { GenerateEvent, Task } from "@rivya-kit/core";
import type { ActionReport } from "./action-report.js";

/** Records what a `generate` event tells about the step in the report. */
export function applyEvent(report: ActionReport, event: GenerateEvent, now: number): void {
  switch (event.type) {
    case "validated":
      report.model = event.model;
      break;
    case "estimated":
      report.estimatedCredits = event.estimate.complete ? event.estimate.total : undefined;
      break;
    case "balance":
      report.balance = event.balance;
      break;
    case "created":
      report.taskId = event.taskId;
      report.createdAt ??= now;
      applyTask(report, event.task);
      break;
    case "status":
      report.taskId = event.taskId;
      applyTask(report, event.task);
      break;
    case "download:done":
      if (event.index === 0) report.videoPath = event.file.path;
      break;
    default:
      break;
  }
}

/** Copies the task's status, credits, result and error into the report. */
export function applyTask(report: ActionReport, task: Task): void {
  report.taskId = task.id;
  report.model ??= task.model;
  // Unknown future statuses mean "still running": keep the last known one.
  if (isKnownStatus(task.status)) report.status = task.status;
  if (typeof task.reserved_credits === "number") report.reservedCredits = task.reserved_credits;
  if (typeof task.final_credits === "number" && (task.status === "succeeded" || task.status === "failed")) {
    report.finalCredits = task.final_credits;
  }
  if (task.result) {
    report.videoUrl = task.result.primary_url;
    report.videoUrls = task.result.urls.length > 0 ? [...task.result.urls] : [task.result.primary_url];
  }
  if (task.error) {
    report.errorCode = task.error.code;
    report.errorMessage = task.error.message;
  }
}

function isKnownStatus(status: string): status is "queued" | "processing" | "succeeded" | "failed" {
  return status === "queued" || status === "processing" || status === "succeeded" || status === "failed";
}
