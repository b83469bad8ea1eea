import type { LiveModel } from "./live-model.js";
import { isMediaKind, type MediaKind } from "./media-kind.js";
import type {
  ModelCategory,
  ModelDefinition,
  ModelInput,
  ParamDefinition,
  ReferenceRules,
} from "./model-definition.js";

const paramTypes: readonly string[] = ["select", "number", "text", "array"];
const inputs: readonly string[] = ["text", "file", "url"];

function definedOnly<Value extends object>(value: Value): Value {
  return Object.fromEntries(
    Object.entries(value).filter(([, item]) => item !== undefined && item !== null),
  ) as Value;
}

function liveParams(entry: LiveModel): ParamDefinition[] {
  return (entry.params ?? []).map((param) =>
    definedOnly({
      key: param.key,
      // An unknown type is treated as free text: the server stays the judge.
      type: (paramTypes.includes(param.type) ? param.type : "text") as ParamDefinition["type"],
      default: param.default ?? undefined,
      options: param.options?.map(String),
      min: param.min ?? undefined,
      max: param.max ?? undefined,
      step: param.step ?? undefined,
      required: param.required ?? undefined,
    }),
  );
}

function liveReferences(entry: LiveModel): ReferenceRules | undefined {
  const media = entry.reference_media;
  if (media === null || media === undefined || typeof media.max_files !== "number") return undefined;
  const kinds = (media.kinds ?? []).filter(isMediaKind);
  const mime: Partial<Record<MediaKind, readonly string[]>> = {};
  const maxBytes: Partial<Record<MediaKind, number>> = {};
  for (const kind of kinds) {
    const limit = media.limits?.[kind];
    if (limit?.mime_types) mime[kind] = limit.mime_types;
    if (typeof limit?.max_bytes === "number") maxBytes[kind] = limit.max_bytes;
  }
  return {
    maxFiles: media.max_files,
    kinds,
    mime,
    maxBytes,
    rule: `up to ${media.max_files} files`,
    verified: true,
  };
}

/**
 * A definition for a model only `GET /models` knows. Its params are checked as far as the live
 * entry describes them; it counts as partly documented, so extra keys pass with a warning.
 * @returns `undefined` when the entry lacks what validation and estimates need (category, price).
 */
export function liveModelDefinition(entry: LiveModel): ModelDefinition | undefined {
  const category = entry.category;
  if (category !== "video" && category !== "image" && category !== "audio") return undefined;
  if (typeof entry.base_credits !== "number") return undefined;
  const modelInputs = (entry.supported_api_inputs ?? ["text"]).filter((input) => inputs.includes(input));
  const definition: ModelDefinition = {
    id: entry.id,
    displayName: entry.display_name ?? entry.id,
    category: category as ModelCategory,
    credits: entry.base_credits,
    billing: entry.billing_type === "METERED" ? "METERED" : "FIXED",
    promptMax: entry.max_prompt_length ?? undefined,
    // Unknown: the server decides. A missing prompt is not refused locally for live-only models.
    promptRequired: false,
    inputs: modelInputs as ModelInput[],
    paramsRequired: false,
    params: liveParams(entry),
    references: liveReferences(entry),
    paramsComplete: false,
    source: "GET /models",
    apiStatus: entry.api_status ?? undefined,
    origin: "live",
  };
  return definedOnly(definition);
}
