import type { ModelCategory } from "@rivya-kit/core";
import type { Operation } from "../operation";
import { liveCatalog } from "./live-catalog";
import { modelOutput } from "./model-output";

/** Model → List: one item per model (video first), with live prices and availability. */
export const listModels: Operation = async ({ context, client, signal }, itemIndex) => {
  const category = context.getNodeParameter("category", itemIndex, "all") as ModelCategory | "all";
  const catalog = await liveCatalog(client, signal);
  const models = catalog.list(category === "all" ? {} : { category });
  return models.map((model) => ({ json: modelOutput(model), pairedItem: { item: itemIndex } }));
};
