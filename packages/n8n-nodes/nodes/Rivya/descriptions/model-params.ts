import { listModels, type ModelDefinition, type ParamDefinition } from "@rivya-kit/core";
import type { INodeProperties } from "n8n-workflow";

/**
 * One "Parameters" collection per model, shown when that model is selected. A collection only
 * holds the fields the user adds, so only the params the user set are sent; each field shows the
 * default Rivya applies when it is left out.
 */
export function modelParamProperties(operationDisplay: {
  resource: string[];
  operation: string[];
}): INodeProperties[] {
  return listModels()
    .filter((model) => model.params.length > 0)
    .map((model) => ({
      displayName: "Parameters",
      name: "params",
      type: "collection",
      placeholder: "Add Parameter",
      default: {},
      description: `Parameters of ${model.displayName}. Only the ones you add are sent; Rivya applies its defaults to the rest.`,
      displayOptions: { show: { ...operationDisplay, model: [model.id] } },
      options: model.params.map((param) => paramProperty(model, param)),
    }));
}

function paramProperty(model: ModelDefinition, param: ParamDefinition): INodeProperties {
  const base = {
    displayName: param.key,
    name: param.key,
    description: describeParam(model, param),
  };
  switch (param.type) {
    case "select": {
      const options = param.options ?? [];
      return {
        ...base,
        type: "options",
        options: options.map((option) => ({ name: option, value: option })),
        default: String(param.default ?? options[0] ?? ""),
      };
    }
    case "number":
      return {
        ...base,
        type: "number",
        typeOptions: {
          ...(param.min === undefined ? {} : { minValue: param.min }),
          ...(param.max === undefined ? {} : { maxValue: param.max }),
          ...(param.step === undefined ? {} : { numberStepSize: param.step }),
          numberPrecision: decimals(param),
        },
        default: typeof param.default === "number" ? param.default : (param.min ?? 0),
      };
    case "array":
      return { ...base, type: "json", default: "[]" };
    default:
      return { ...base, type: "string", default: typeof param.default === "string" ? param.default : "" };
  }
}

function describeParam(model: ModelDefinition, param: ParamDefinition): string {
  const parts: string[] = [];
  if (param.required) parts.push(`Required by ${model.id}.`);
  if (param.default !== undefined) parts.push(`Rivya's default: ${String(param.default)}.`);
  if (param.min !== undefined || param.max !== undefined) {
    parts.push(
      `Allowed: ${param.min ?? "…"} to ${param.max ?? "…"}${param.step ? ` in steps of ${param.step}` : ""}.`,
    );
  }
  if (param.note) parts.push(param.note);
  return parts.join(" ") || `The ${param.key} parameter of ${model.id}.`;
}

function decimals(param: ParamDefinition): number {
  const values = [
    param.min,
    param.max,
    param.step,
    typeof param.default === "number" ? param.default : undefined,
  ];
  let most = 0;
  for (const value of values) {
    if (value === undefined || Number.isInteger(value)) continue;
    most = Math.max(most, String(value).split(".")[1]?.length ?? 0);
  }
  return most;
}
