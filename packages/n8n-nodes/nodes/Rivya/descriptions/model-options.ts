import { listModels, type ModelDefinition } from "@rivya-kit/core";
import type { INodePropertyOptions } from "n8n-workflow";

/** One dropdown entry per catalog model, video models first (the catalog's own order). */
export function modelOptions(): INodePropertyOptions[] {
  return listModels().map((model) => ({
    name: `${model.displayName} (${model.category})`,
    value: model.id,
    description: describeModel(model),
  }));
}

function describeModel(model: ModelDefinition): string {
  const price =
    model.billing === "METERED" ? `about ${model.credits} credits (metered)` : `${model.credits} credits`;
  const references = model.references ? `, up to ${model.references.maxFiles} reference file(s)` : "";
  return `${model.id}: ${price}${references}`;
}
