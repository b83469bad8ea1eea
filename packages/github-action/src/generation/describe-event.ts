import type { GenerateEvent } from "@rivya-kit/core";
import type { ActionInputs } from "../inputs/action-inputs.js";

/** One log line per meaningful step of the flow (progress events are left to the heartbeat). */
export function describeEvent(
  event: GenerateEvent,
  inputs: Pick<ActionInputs, "maxCredits">,
): string | undefined {
  switch (event.type) {
    case "validated":
      return `Request for ${event.model} is valid.${event.warnings.map((warning) => `\n  note: ${warning}`).join("")}`;
    case "estimated": {
      const { estimate } = event;
      const price = estimate.complete
        ? `${estimate.total} credits${estimate.exact ? "" : " (estimate)"}`
        : "unknown (model not in the catalog)";
      return `Estimated cost: ${price}${inputs.maxCredits === undefined ? "" : `; max-credits ${inputs.maxCredits}`}.`;
    }
    case "balance":
      return `Balance: ${event.balance} credits.`;
    case "upload:start":
      return `Uploading reference ${event.index + 1}: ${event.name}${event.sizeBytes === undefined ? "" : ` (${event.sizeBytes} bytes)`}`;
    case "upload:done":
      return `Uploaded reference ${event.index + 1} as ${event.file.id}.`;
    case "created":
      return `Task ${event.taskId} created (${event.task.status}, ${event.task.reserved_credits} credits reserved).`;
    case "status":
      return event.status === event.previousStatus
        ? undefined
        : `Task ${event.taskId}: ${event.status} after ${(event.elapsedMs / 1000).toFixed(1)} s.`;
    case "download:start":
      return `Downloading result ${event.index + 1}…`;
    case "download:done":
      return `Saved ${event.file.path} (${event.file.sizeBytes} bytes${event.file.mimeType ? `, ${event.file.mimeType}` : ""}).`;
    default:
      return undefined;
  }
}
