import type { IBinaryKeyData } from "n8n-workflow";
import { createBinaryDownloader } from "../../../../shared/binary-downloader";
import type { Operation } from "../operation";
import { taskOutput } from "../task-output";
import { readDownloadSettings, readTiming } from "./read-settings";
import { readTaskId } from "./read-task-id";

/** Generation → Wait: polls an existing task until it has finished, then optionally downloads it. */
export const waitForGeneration: Operation = async ({ context, client, signal }, itemIndex) => {
  const taskId = readTaskId(context, itemIndex);
  const timing = readTiming(context, itemIndex);
  const task = await client.generations.wait(taskId, { signal, ...timing });
  const download = readDownloadSettings(context, itemIndex, true);
  const binary: IBinaryKeyData = {};
  if (download && task.result?.primary_url) {
    const downloader = createBinaryDownloader(context, client, binary);
    await downloader({
      url: task.result.primary_url,
      target: { to: download.binaryPropertyName },
      index: 0,
      count: 1,
      taskId,
      signal,
      onProgress: () => {},
    });
  }
  return [
    {
      json: taskOutput(task),
      ...(Object.keys(binary).length > 0 ? { binary } : {}),
      pairedItem: { item: itemIndex },
    },
  ];
};
