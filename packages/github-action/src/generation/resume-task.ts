import type { DownloadTarget, GenerateEvent, RivyaClient } from "@rivya-kit/core";
import { createFileDownloader } from "@rivya-kit/core/node";
import type { ActionInputs } from "../inputs/action-inputs.js";

/**
 * `task-id` given: waits for that existing task (nothing is created or spent) and downloads its
 * result, reporting through the same events as `generate` so the log and outputs look the same.
 */
export async function resumeTask(options: {
  client: RivyaClient;
  taskId: string;
  inputs: ActionInputs;
  signal: AbortSignal;
  download: DownloadTarget | undefined;
  onEvent: (event: GenerateEvent) => void;
}): Promise<void> {
  const { client, taskId, inputs, signal, onEvent } = options;
  const startedAt = Date.now();
  const deadline = startedAt + inputs.timeoutMs;
  const first = await client.generations.get(taskId, { signal });
  onEvent({
    type: "status",
    taskId,
    status: first.status,
    previousStatus: undefined,
    elapsedMs: 0,
    polls: 1,
    task: first,
  });
  if (!inputs.wait) return;
  const task = await client.generations.wait(first, {
    signal,
    timeoutMs: Math.max(1, deadline - Date.now()),
    onProgress: (progress) => onEvent({ type: "status", ...progress }),
  });
  onEvent({
    type: "status",
    taskId,
    status: task.status,
    previousStatus: task.status,
    elapsedMs: Date.now() - startedAt,
    polls: 0,
    task,
  });
  if (options.download === undefined) return;
  const url = task.result?.primary_url ?? task.result?.urls[0];
  if (url === undefined) return;
  onEvent({ type: "download:start", taskId, url, index: 0 });
  const file = await createFileDownloader(client)({
    url,
    target: options.download,
    index: 0,
    count: 1,
    taskId,
    signal,
    onProgress: (progress) => onEvent({ type: "download:progress", taskId, index: 0, ...progress }),
  });
  onEvent({ type: "download:done", taskId, index: 0, file });
}
