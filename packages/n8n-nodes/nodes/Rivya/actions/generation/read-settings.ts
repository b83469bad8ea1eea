import type { IExecuteFunctions } from "n8n-workflow";

/** Wait and poll settings of the Options collection, in the core's units. */
export interface TimingSettings {
  timeoutMs: number;
  pollIntervalMs?: number;
}

/** Timeout (minutes) and poll interval (seconds; 0 = Rivya's adaptive schedule). */
export function readTiming(context: IExecuteFunctions, itemIndex: number): TimingSettings {
  const options = context.getNodeParameter("options", itemIndex, {}) as {
    timeoutMinutes?: number;
    pollIntervalSeconds?: number;
  };
  const timeoutMs = (options.timeoutMinutes ?? 30) * 60_000;
  const interval = options.pollIntervalSeconds ?? 0;
  // The core's fixed interval is at least one second.
  return interval > 0 ? { timeoutMs, pollIntervalMs: Math.max(1000, interval * 1000) } : { timeoutMs };
}

/** Whether (and where) to download the result. Never as an AI tool: binary cannot reach the agent. */
export function readDownloadSettings(
  context: IExecuteFunctions,
  itemIndex: number,
  waiting: boolean,
): { binaryPropertyName: string } | undefined {
  if (!waiting || context.isToolExecution?.()) return undefined;
  if (!(context.getNodeParameter("download", itemIndex, true) as boolean)) return undefined;
  return { binaryPropertyName: String(context.getNodeParameter("binaryPropertyName", itemIndex, "data")) };
}
