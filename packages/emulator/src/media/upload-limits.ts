import { type MediaKind, type ModelDefinition, models, referenceRulesFor } from "@rivya-kit/core/catalog";

export interface UploadLimit {
  maxBytes: number;
  mimeTypes: readonly string[];
}

/** The Files API limit for `kind`: `model`'s own rules when given, else the defaults (API.md "Files"). */
export function uploadLimit(kind: MediaKind, model: ModelDefinition | undefined): UploadLimit {
  const rules = referenceRulesFor(model);
  return { maxBytes: rules.maxBytes[kind], mimeTypes: rules.mime[kind] };
}

/** The largest upload any rule allows: the streaming cap before kind and model are known. */
export const largestUploadBytes: number = Math.max(
  ...(["image", "video", "audio"] as const).map((kind) => uploadLimit(kind, undefined).maxBytes),
  ...models.flatMap((model) => Object.values(model.references?.maxBytes ?? {})),
);
