import { listModels, type ModelDefinition } from "@rivya-kit/core";
import type { INodePropertyOptions } from "n8n-workflow";
import { creditsText } from "./credits-text";

/**
 * One dropdown entry per catalog model, video models first (the catalog's own order). The id is
 * part of the name because n8n's dropdown search matches names only: "kling-v2-5" and "Kling 2.5"
 * both find the model.
 */
export function modelOptions(): INodePropertyOptions[] {
  return listModels().map((model) => ({
    name: `${model.displayName} (${model.id})`,
    value: model.id,
    description: describeModel(model),
  }));
}

/** The price line of a model: "90 credits per generation", "about 12 credits (metered)". */
export function describePrice(model: ModelDefinition): string {
  return model.billing === "METERED"
    ? `about ${creditsText(model.credits)} (metered: settled from usage)`
    : `${creditsText(model.credits)} per generation`;
}

function describeModel(model: ModelDefinition): string {
  const references = model.references
    ? `, up to ${model.references.maxFiles} reference ${model.references.maxFiles === 1 ? "file" : "files"}`
    : "";
  return `${capitalize(model.category)}: ${describePrice(model)}${references}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
