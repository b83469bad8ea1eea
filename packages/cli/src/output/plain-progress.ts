import type { GenerateEvent } from "@rivya-kit/core";
import { describeEvent } from "./describe-event.js";
import { formatBytes, formatElapsed } from "./format.js";
import type { GenerateProgress } from "./generate-progress.js";

/** One line per step and per status change on stderr: readable in CI logs, no control characters. */
export function createPlainProgress(label: string): GenerateProgress {
  const prefix = label ? `${label} ` : "";
  let lastStatus: string | undefined;
  const write = (line: string) => process.stderr.write(`${prefix}${line}\n`);
  return {
    handle(event: GenerateEvent) {
      if (event.type === "status") {
        if (event.status !== lastStatus) write(`status: ${event.status} (${formatElapsed(event.elapsedMs)})`);
        lastStatus = event.status;
        return;
      }
      if (event.type === "upload:start") write(`uploading ${event.name} (${formatBytes(event.sizeBytes)})`);
      if (event.type === "download:start") write("downloading the result");
      const line = describeEvent(event);
      if (line) write(line);
    },
    stop: () => undefined,
  };
}
