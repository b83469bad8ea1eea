import { listModels, type ModelDefinition, type ParamDefinition } from "@rivya-kit/core";
import type { INodeProperties } from "n8n-workflow";
import { describePrice } from "./model-options";
import { optionName, paramHelp } from "./param-help";
import { paramLabel } from "./param-label";

/**
 * The name of a model's "Parameters" collection. Each model has its own: n8n keeps a value by
 * parameter name across `displayOptions` branches, so one shared name would carry the previous
 * model's values (kling-3-0's `duration: 15`) into the next model after a switch. With one name
 * per model, n8n drops the hidden model's values and only the current model's are ever read.
 */
export function paramsParameterName(modelId: string): string {
  return `params_${modelId.replace(/[^A-Za-z0-9]/g, "_")}`;
}

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
      name: paramsParameterName(model.id),
      type: "collection",
      placeholder: "Add Parameter",
      default: {},
      description: `Parameters of ${model.displayName}. Only the ones you add are sent; Rivya applies its defaults to the rest. Costs ${describePrice(model)} whatever the parameters (Rivya publishes one price per model).`,
      displayOptions: { show: { ...operationDisplay, model: [model.id] } },
      options: model.params.map((param) => paramProperty(model, param)),
    }));
}

const booleanOptions = ["false", "true"];
const numeric = /^-?\d+(?:\.\d+)?$/;

function paramProperty(model: ModelDefinition, param: ParamDefinition): INodeProperties {
  const base = {
    displayName: paramLabel(param.key),
    name: param.key,
    description: describeParam(model, param),
  };
  const options = param.options ?? [];
  switch (param.type) {
    case "select":
      // "false"/"true" selects are toggles; the core sends them as the strings Rivya expects.
      if (options.length === 2 && booleanOptions.every((option) => options.includes(option))) {
        return { ...base, type: "boolean", default: param.default === "true" || param.default === true };
      }
      // Numeric options are numbers, so an expression yielding 10 matches option 10 (the core
      // sends "10"). n8n's editor compares an expression's value to the options strictly, so
      // "10" from text data (a sheet, a CSV) would be marked "not supported" though it runs:
      // allowArbitraryValues turns that editor check off, and the core still refuses a value
      // outside the options before anything is sent, naming the allowed ones.
      if (options.length > 0 && options.every((option) => numeric.test(option))) {
        return {
          ...base,
          type: "options",
          allowArbitraryValues: true,
          options: options.map((option) => ({ name: option, value: Number(option) })),
          default: Number(param.default ?? options[0]),
        };
      }
      return {
        ...base,
        type: "options",
        options: options.map((option) => ({ name: optionName(model, param.key, option), value: option })),
        default: String(param.default ?? options[0] ?? ""),
      };
    case "number":
      // No min/max/precision on the input: n8n would silently clamp or round a typed value
      // (0.75 → 0.8). The description states the range; the core refuses values outside it
      // with the allowed range, before anything is sent.
      return {
        ...base,
        type: "number",
        ...(param.step === undefined ? {} : { typeOptions: { numberPrecision: decimals(param.step) } }),
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
  const help = paramHelp(model, param.key) ?? param.note;
  if (help) parts.push(help.endsWith(".") ? help : `${help}.`);
  if (param.required) parts.push(`Required by ${model.id}.`);
  if (param.min !== undefined || param.max !== undefined) {
    parts.push(
      `Allowed: ${param.min ?? "…"} to ${param.max ?? "…"}${param.step ? ` in steps of ${param.step}` : ""}.`,
    );
  }
  if (param.default !== undefined) parts.push(`Rivya's default: ${String(param.default)}.`);
  parts.push(`Sent as "${param.key}".`);
  return parts.join(" ");
}

function decimals(step: number): number {
  return Number.isInteger(step) ? 0 : (String(step).split(".")[1]?.length ?? 0);
}
