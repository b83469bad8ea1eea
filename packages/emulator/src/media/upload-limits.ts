import type { CatalogModel, MediaKind } from "../catalog/catalog-model.js";
import { catalogModels } from "../catalog/catalog-source.js";

export interface UploadLimit {
  maxBytes: number;
  mimeTypes: readonly string[];
}

/** Files API defaults when no model is named (API.md "Files"). */
export const defaultUploadLimits: Record<MediaKind, UploadLimit> = {
  image: { maxBytes: 10 * 1024 * 1024, mimeTypes: ["image/jpeg", "image/png", "image/webp"] },
  video: { maxBytes: 50 * 1024 * 1024, mimeTypes: ["video/mp4", "video/quicktime", "video/webm"] },
  audio: {
    maxBytes: 10 * 1024 * 1024,
    mimeTypes: ["audio/mpeg", "audio/mp4", "audio/wav", "audio/x-wav", "audio/aac", "audio/ogg"],
  },
};

/** The limit for `kind`, by `model`'s own rules when given (falling back to the defaults). */
export function uploadLimit(kind: MediaKind, model: CatalogModel | undefined): UploadLimit {
  const fallback = defaultUploadLimits[kind];
  if (!model?.references) return fallback;
  return {
    maxBytes: model.references.maxBytes?.[kind] ?? fallback.maxBytes,
    mimeTypes: model.references.mime?.[kind] ?? fallback.mimeTypes,
  };
}

/** The largest upload any rule allows: the streaming cap before kind and model are known. */
export const largestUploadBytes: number = Math.max(
  ...Object.values(defaultUploadLimits).map((limit) => limit.maxBytes),
  ...catalogModels.flatMap((model) => Object.values(model.references?.maxBytes ?? {})),
);
