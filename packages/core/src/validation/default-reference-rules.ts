import type { MediaKind } from "../catalog/media-kind.js";
import type { ModelDefinition, ReferenceRules } from "../catalog/model-definition.js";

const megabyte = 1024 * 1024;

/** The Files API's default limits (API.md), used where a model page shows none. */
export const defaultReferenceLimits: {
  readonly mime: Readonly<Record<MediaKind, readonly string[]>>;
  readonly maxBytes: Readonly<Record<MediaKind, number>>;
} = {
  mime: {
    image: ["image/jpeg", "image/png", "image/webp"],
    video: ["video/mp4", "video/quicktime", "video/webm"],
    audio: ["audio/mpeg", "audio/mp4", "audio/wav", "audio/x-wav", "audio/aac", "audio/ogg"],
  },
  maxBytes: { image: 10 * megabyte, video: 50 * megabyte, audio: 10 * megabyte },
};

/** The limits that apply to one model's reference files, and whether they are only presumed. */
export interface EffectiveReferenceRules {
  /** `undefined`: no documented count limit. */
  maxFiles: number | undefined;
  kinds: readonly MediaKind[];
  mime: Readonly<Record<MediaKind, readonly string[]>>;
  maxBytes: Readonly<Record<MediaKind, number>>;
  /** The model page's wording, for messages. */
  rule: string | undefined;
  /** `true` when the model's own limits are unknown or unverified and defaults filled the gaps. */
  assumed: boolean;
}

/**
 * The reference limits for a model: its documented rules, with the Files API defaults filling
 * whatever its page did not show. An unknown model (`undefined`) gets the defaults for every kind.
 */
export function referenceRulesFor(model: ModelDefinition | undefined): EffectiveReferenceRules {
  const rules: ReferenceRules | undefined = model?.references;
  const kinds: readonly MediaKind[] = rules?.kinds ?? ["image", "video", "audio"];
  return {
    maxFiles: rules?.maxFiles,
    kinds,
    mime: {
      image: rules?.mime?.image ?? defaultReferenceLimits.mime.image,
      video: rules?.mime?.video ?? defaultReferenceLimits.mime.video,
      audio: rules?.mime?.audio ?? defaultReferenceLimits.mime.audio,
    },
    maxBytes: {
      image: rules?.maxBytes?.image ?? defaultReferenceLimits.maxBytes.image,
      video: rules?.maxBytes?.video ?? defaultReferenceLimits.maxBytes.video,
      audio: rules?.maxBytes?.audio ?? defaultReferenceLimits.maxBytes.audio,
    },
    rule: rules?.rule,
    assumed:
      rules === undefined ||
      !rules.verified ||
      kinds.some((kind) => rules.mime?.[kind] === undefined || rules.maxBytes?.[kind] === undefined),
  };
}
