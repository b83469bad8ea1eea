import { NodeOperationError } from "n8n-workflow";
import type { Operation } from "../operation";
import { liveCatalog } from "./live-catalog";
import { modelOutput } from "./model-output";

/** Model → Get: one model's details, with live price and availability. */
export const getModel: Operation = async ({ context, client, signal }, itemIndex) => {
  const modelId = String(context.getNodeParameter("modelId", itemIndex)).trim();
  const catalog = await liveCatalog(client, signal);
  const model = catalog.get(modelId);
  if (!model) {
    throw new NodeOperationError(context.getNode(), `Model "${modelId}" is not in Rivya's model list`, {
      itemIndex,
      description: `Known models: ${catalog.models.map((known) => known.id).join(", ")}`,
    });
  }
  return [{ json: modelOutput(model), pairedItem: { item: itemIndex } }];
};
