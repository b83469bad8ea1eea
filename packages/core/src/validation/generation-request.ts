import type { MediaKind } from "../catalog/media-kind.js";
import type { ModelDefinition } from "../catalog/model-definition.js";
import type { KnownModelId, ModelId, ModelParams, ParamsOf } from "../catalog/model-types.js";

/**
 * A reference file described before upload: what `generate` learns by sniffing a local file,
 * so every limit is checked before a byte is uploaded or a credit spent.
 */
export interface ReferenceDescriptor {
  /** The media kind; derived from `mimeType` when absent. */
  kind?: MediaKind | undefined;
  /** The real type, from the content signature (see `sniffMediaType`), not the file name. */
  mimeType?: string | undefined;
  /** File size in bytes. */
  sizeBytes?: number | undefined;
  /** File name or path, used in messages. */
  name?: string | undefined;
  /** A URL (already uploaded through the Files API, or a local path's URL). */
  url?: string | undefined;
}

/** An already uploaded reference, as sent in `params.referenceMediaItems`. */
export interface ReferenceMediaItem {
  /** The file's URL from the Files API. */
  url: string;
  kind: MediaKind;
  name?: string | undefined;
  mimeType?: string | undefined;
  durationSeconds?: number | undefined;
  durationToken?: string | undefined;
}

/**
 * What a caller asks for: the `POST /generations` body plus reference files to upload first. With a
 * catalog model id, `params` is typed from the catalog (`ParamsOf`); any other id takes any params.
 */
export interface GenerationRequest<Model extends ModelId = ModelId> {
  /** A model id; unknown ids are sent unvalidated with a warning. */
  model: Model;
  /** The prompt; required by most models (see `promptRequired`, `promptMax`). */
  prompt?: string | undefined;
  /** Model parameters; only the keys set here are sent. */
  params?: ParamsOf<Model> | undefined;
  /** Your own id for the request, echoed by the API. */
  client_request_id?: string | undefined;
  /** Reference files still to be uploaded (their count adds to `params.referenceMediaItems`). */
  references?: readonly ReferenceDescriptor[] | undefined;
}

/**
 * A request for one known model, with its params typed from the catalog (literal options, required
 * keys): `TypedGenerationRequest<"kling-3-0">`. Assignable to `GenerationRequest`.
 */
export type TypedGenerationRequest<Model extends KnownModelId> = Omit<
  GenerationRequest,
  "model" | "params"
> & {
  model: Model;
  params?: ModelParams<Model> | undefined;
};

/** The JSON body of `POST /generations`. */
export interface GenerationBody {
  model: string;
  prompt?: string;
  params?: Record<string, unknown>;
  client_request_id?: string;
}

/** A request that passed local validation. */
export interface ValidatedRequest {
  model: string;
  /** The catalog's definition; `undefined` for a model id the catalog does not know. */
  definition: ModelDefinition | undefined;
  /** The body to send: only the params the caller set, `select` values as the exact option strings. */
  body: GenerationBody;
  /** The reference descriptors, each with its `kind` filled in. */
  references: ReferenceDescriptor[];
  /** Things that are allowed but worth telling the user (unknown model, undocumented param…). */
  warnings: string[];
}
