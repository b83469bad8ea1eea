import type { ModelDefinition } from "@rivya-kit/core";
import type { IDataObject } from "n8n-workflow";

/** A model as output JSON: price, prompt rules, params with options and defaults, references. */
export function modelOutput(model: ModelDefinition): IDataObject {
  return {
    id: model.id,
    displayName: model.displayName,
    category: model.category,
    credits: model.credits,
    billing: model.billing,
    apiStatus: model.apiStatus ?? null,
    promptRequired: model.promptRequired,
    promptMax: model.promptMax ?? null,
    inputs: [...model.inputs],
    params: model.params.map((param) => ({ ...param }) as IDataObject),
    references: model.references ? ({ ...model.references } as IDataObject) : null,
    source: model.source,
  };
}
