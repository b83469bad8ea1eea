import { type IExecuteFunctions, NodeOperationError } from "n8n-workflow";

/** The Task ID parameter, trimmed; a clear error when it is empty. */
export function readTaskId(context: IExecuteFunctions, itemIndex: number): string {
  const taskId = String(context.getNodeParameter("taskId", itemIndex, "")).trim();
  if (!taskId) {
    throw new NodeOperationError(
      context.getNode(),
      "Task ID is empty: give the ID of a generation (task_…)",
      {
        itemIndex,
      },
    );
  }
  return taskId;
}
