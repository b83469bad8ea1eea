import type { ReferenceMediaItem } from "../validation/generation-request.js";
import type { modelsData } from "./models-data.js";

type ModelData = (typeof modelsData)[number];

/** The id of every model in the built-in catalog (autocomplete in editors). */
export type KnownModelId = ModelData["id"];

/** A model id: a known one, or any string (the live list grows without a library release). */
export type ModelId = KnownModelId | (string & {});

type DataOf<Id extends KnownModelId> = Extract<ModelData, { id: Id }>;
type ParamOf<Id extends KnownModelId> = DataOf<Id>["params"][number];

// `select` options are strings on the wire, but `5` and `true` are accepted and normalised.
type SelectInput<Option extends string> =
  | Option
  | (Option extends `${infer Numeric extends number}` ? Numeric : never)
  | (Option extends "true" ? true : Option extends "false" ? false : never);

/** The value type of one parameter definition, with literal options for `select`. */
export type ParamValue<Param> = Param extends {
  type: "select";
  options: readonly (infer Option extends string)[];
}
  ? SelectInput<Option>
  : Param extends { type: "number" }
    ? number
    : Param extends { type: "text" }
      ? string
      : Param extends { type: "array" }
        ? readonly unknown[]
        : unknown;

type RequiredParams<Id extends KnownModelId> = {
  [Param in ParamOf<Id> as Param extends { required: true } ? Param["key"] : never]: ParamValue<Param>;
};
type OptionalParams<Id extends KnownModelId> = {
  [Param in ParamOf<Id> as Param extends { required: true } ? never : Param["key"]]?: ParamValue<Param>;
};
type ReferenceParams<Id extends KnownModelId> = "file" extends DataOf<Id>["inputs"][number]
  ? { referenceMediaItems?: readonly ReferenceMediaItem[] }
  : unknown;
// Partly documented models may take keys the catalog does not know.
type ExtraParams<Id extends KnownModelId> = DataOf<Id>["paramsComplete"] extends true
  ? unknown
  : Record<string, unknown>;

/**
 * The `params` of one model, e.g. `ModelParams<"kling-3-0">` has `duration?: "3" | … | "15" | 3 | … | 15`.
 * Required keys are required; `referenceMediaItems` is there when the model takes files.
 */
export type ModelParams<Id extends KnownModelId> = RequiredParams<Id> &
  OptionalParams<Id> &
  ReferenceParams<Id> &
  ExtraParams<Id>;

/**
 * The `params` a request for `Model` takes: `ModelParams<Model>` for a catalog model (literal
 * options, completion, unknown keys refused), a plain record for any other id and for a `string`
 * not known until run time (new models keep working without a library release).
 */
export type ParamsOf<Model extends string> = string extends Model
  ? Record<string, unknown>
  : Model extends KnownModelId
    ? ModelParams<Model>
    : Record<string, unknown>;
