import type { GenerateEvent } from "@rivya-kit/core";
import { formatBytes } from "./format.js";

/**
 * The line a finished step leaves behind (the same words on a terminal and in plain output), or
 * undefined for events that only update the live display.
 */
export function describeEvent(event: GenerateEvent): string | undefined {
  switch (event.type) {
    case "validated":
      return `validated request for ${event.model}`;
    case "estimated": {
      const line = event.estimate.lines[0];
      const basis = line?.basis === "metered_estimate" ? " (metered: an estimate)" : "";
      return event.estimate.complete
        ? `estimate: ${event.estimate.total} credits${basis}`
        : "estimate: unknown (model not in the catalog)";
    }
    case "balance":
      return `balance: ${event.balance} credits`;
    case "upload:start":
      return undefined;
    case "upload:done":
      return `uploaded ${event.file.name ?? `reference ${event.index + 1}`} (${formatBytes(event.file.size_bytes)}) as ${event.file.id}`;
    case "created":
      return `task ${event.taskId} created: ${event.task.reserved_credits} credits reserved`;
    case "download:done":
      return `saved ${event.file.path} (${formatBytes(event.file.sizeBytes)}, ${event.file.mimeType ?? "unknown type"})`;
    default:
      return undefined;
  }
}
