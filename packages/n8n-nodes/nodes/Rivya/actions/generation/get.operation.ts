import type { Operation } from "../operation";
import { taskOutput } from "../task-output";
import { readTaskId } from "./read-task-id";

/** Generation → Get: the task's status, result URLs and credits. */
export const getGeneration: Operation = async ({ context, client, signal }, itemIndex) => {
  const task = await client.generations.get(readTaskId(context, itemIndex), { signal });
  return [{ json: taskOutput(task), pairedItem: { item: itemIndex } }];
};
