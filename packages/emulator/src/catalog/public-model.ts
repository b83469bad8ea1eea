import type { ModelDefinition } from "@rivya-kit/core/catalog";

/** A model as `GET /api/v1/models` returns it (API.md "Models", DECISION on params/reference_media). */
export interface PublicModel {
  id: string;
  object: "model";
  display_name: string;
  category: ModelDefinition["category"];
  runtime: "async_task";
  base_credits: number;
  billing_type: ModelDefinition["billing"];
  supported_modes: string[];
  max_prompt_length: number | null;
  reference_media: {
    max_files: number;
    kinds: string[];
    limits: Record<string, { max_bytes: number | null; mime_types: string[] }>;
  } | null;
  params: {
    key: string;
    type: string;
    required: boolean;
    default: unknown;
    options?: string[];
    min?: number;
    max?: number;
    step?: number;
  }[];
  api_status: string;
  api_input_status: "available";
  supported_api_inputs: string[];
  requires_files_api: boolean;
  requires_upload_for_modes: string[];
  url_input_supported: boolean;
  file_kinds: string[];
  chat_capabilities: null;
  notices: string[];
}

export function toPublicModel(model: ModelDefinition): PublicModel {
  const references = model.references ?? null;
  const kinds = references ? [...references.kinds] : [];
  return {
    id: model.id,
    object: "model",
    display_name: model.displayName,
    category: model.category,
    runtime: "async_task",
    base_credits: model.credits,
    billing_type: model.billing,
    supported_modes: supportedModes(model, kinds),
    max_prompt_length: model.promptMax ?? null,
    reference_media: references && {
      max_files: references.maxFiles,
      kinds,
      limits: Object.fromEntries(
        references.kinds.map((kind) => [
          kind,
          {
            max_bytes: references.maxBytes?.[kind] ?? null,
            mime_types: [...(references.mime?.[kind] ?? [])],
          },
        ]),
      ),
    },
    params: model.params.map((param) => ({
      key: param.key,
      type: param.type,
      required: param.required ?? false,
      default: param.default ?? null,
      ...(param.options && { options: [...param.options] }),
      ...(param.min !== undefined && { min: param.min }),
      ...(param.max !== undefined && { max: param.max }),
      ...(param.step !== undefined && { step: param.step }),
    })),
    api_status: model.apiStatus ?? "available",
    api_input_status: "available",
    supported_api_inputs: [...model.inputs],
    requires_files_api: !model.inputs.includes("text") && model.inputs.includes("file"),
    requires_upload_for_modes: kinds.map((kind) => `${kind}-to-${model.category}`),
    url_input_supported: model.inputs.includes("url"),
    file_kinds: kinds,
    chat_capabilities: null,
    notices: model.notes ? [model.notes] : [],
  };
}

function supportedModes(model: ModelDefinition, kinds: string[]): string[] {
  const modes = model.inputs.includes("text") ? [`text-to-${model.category}`] : [];
  for (const kind of kinds) modes.push(`${kind}-to-${model.category}`);
  if (model.inputs.includes("url")) modes.push(`url-to-${model.category}`);
  return modes;
}
