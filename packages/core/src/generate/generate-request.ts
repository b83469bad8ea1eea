import type { MediaKind } from "../catalog/media-kind.js";
import type { ModelId } from "../catalog/model-types.js";
import type { FileInput } from "../files/file-input.js";
import type { GenerationRequest, ReferenceMediaItem } from "../validation/generation-request.js";

/** A reference already hosted by the Files API (its `url`), sent as is in `params.referenceMediaItems`. */
export type HostedReference = ReferenceMediaItem;

/** A local reference with explicit metadata. The type is still sniffed from the content. */
export interface LocalReference {
  file: FileInput;
  /** @default the kind sniffed from the content */
  kind?: MediaKind | undefined;
  /** File name sent to the API. */
  name?: string | undefined;
}

/**
 * A reference for `generate`: local content (bytes, Blob, stream, `{ path }` on the Node edge),
 * `{ file, kind?, name? }`, or an already uploaded `{ url, kind }`. Local files are checked
 * against the model's limits, then uploaded, before the create.
 */
export type GenerateReference = FileInput | LocalReference | HostedReference;

/**
 * What `generate` makes: model, prompt, params (only the ones you set are sent), and references.
 * `params` is typed by the catalog for a known model id (`GenerateRequest<"kling-3-0">`).
 */
export type GenerateRequest<Model extends ModelId = ModelId> = Omit<
  GenerationRequest<Model>,
  "references"
> & {
  /** Reference media, in order (Kling: a 2nd image is the last frame). */
  references?: readonly GenerateReference[] | undefined;
};
