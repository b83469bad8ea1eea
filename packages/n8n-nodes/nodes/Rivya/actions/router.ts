import { type IExecuteFunctions, type INodeExecutionData, NodeOperationError } from "n8n-workflow";
import { createClient } from "../../../shared/rivya-client";
import { runConcurrently } from "../../../shared/run-concurrently";
import { summarizeError, toNodeError } from "../../../shared/to-node-error";
import { getCredits } from "./account/get-credits.operation";
import { uploadFile } from "./file/upload.operation";
import { generateGeneration } from "./generation/generate.operation";
import { getGeneration } from "./generation/get.operation";
import { waitForGeneration } from "./generation/wait.operation";
import { getModel } from "./model/get.operation";
import { listModels } from "./model/list.operation";
import type { Operation } from "./operation";

const operations: Record<string, Operation> = {
  "generation.generate": generateGeneration,
  "generation.get": getGeneration,
  "generation.wait": waitForGeneration,
  "file.upload": uploadFile,
  "account.getCredits": getCredits,
  "model.list": listModels,
  "model.get": getModel,
};

/** Default number of items processed at once. */
export const defaultConcurrency = 5;

/**
 * Runs the selected operation for every input item, `concurrency` at a time, in item order.
 * A failed item becomes an error item (with its task ID and error code) under "Continue On
 * Fail"; otherwise the node fails with a NodeApiError/NodeOperationError naming the item.
 */
export async function route(context: IExecuteFunctions): Promise<INodeExecutionData[]> {
  const items = context.getInputData();
  const resource = context.getNodeParameter("resource", 0) as string;
  const operationName = context.getNodeParameter("operation", 0) as string;
  const operation = operations[`${resource}.${operationName}`];
  if (!operation) {
    throw new NodeOperationError(
      context.getNode(),
      `The operation "${operationName}" of "${resource}" is not supported`,
    );
  }
  const client = await createClient(context).catch((error: unknown) => {
    throw toNodeError(context.getNode(), error, 0);
  });
  const signal = context.getExecutionCancelSignal();
  const concurrency =
    Number(context.getNodeParameter("options.concurrency", 0, defaultConcurrency)) || defaultConcurrency;

  const perItem = await runConcurrently(items.length, concurrency, async (itemIndex) => {
    try {
      return await operation({ context, client, signal }, itemIndex);
    } catch (error) {
      // A cancelled execution stops; it is not an item failure to continue past.
      if (context.continueOnFail() && !signal?.aborted) {
        const summary = summarizeError(error);
        return [
          {
            json: {
              error: summary.message,
              code: summary.code ?? null,
              taskId: summary.taskId ?? null,
              httpStatus: summary.status ?? null,
              requestId: summary.requestId ?? null,
              // Set as the Idempotency Key option, this reattaches to a task that may exist.
              idempotencyKey: summary.idempotencyKey ?? null,
              taskMayExist: summary.taskMayExist,
            },
            pairedItem: { item: itemIndex },
          },
        ];
      }
      throw toNodeError(context.getNode(), error, itemIndex);
    }
  });
  return perItem.flat();
}
