import type { MediaKind } from "./media-kind.js";

/** What a model produces. `chat` models exist in `GET /models` but are outside this library. */
export type ModelCategory = "video" | "image" | "audio";

/** `FIXED`: the base price is the price. `METERED`: settled from usage, the base price is an estimate. */
export type BillingType = "FIXED" | "METERED";

/** How a model takes its input: a prompt, uploaded files, or public URLs in params. */
export type ModelInput = "text" | "file" | "url";

/** `GET /models` availability. Only `available` models accept API requests. */
export type ApiStatus = "available" | "coming_soon" | "studio_only" | (string & {});

/** One request parameter of a model, as documented on its model page. */
export interface ParamDefinition {
  /** The key under `params`, spelled exactly as the API expects it (mixed case styles exist). */
  readonly key: string;
  /** `select` values are sent as the exact option strings, `number` as JSON numbers. */
  readonly type: "select" | "number" | "text" | "array";
  /** The documented default the server applies when the key is absent (never injected locally). */
  readonly default?: string | number | boolean | undefined;
  /** The allowed values of a `select` parameter. */
  readonly options?: readonly string[] | undefined;
  /** Smallest allowed number. */
  readonly min?: number | undefined;
  /** Largest allowed number. */
  readonly max?: number | undefined;
  /** Numbers must be `min + k × step`. */
  readonly step?: number | undefined;
  /** The request is refused without this key. */
  readonly required?: boolean | undefined;
  /** What the documentation says beyond the type (e.g. the URL formats accepted). */
  readonly note?: string | undefined;
}

/** The reference media a model accepts in `params.referenceMediaItems`. */
export interface ReferenceRules {
  /** How many reference files one request may carry in total. */
  readonly maxFiles: number;
  /** The media kinds accepted. */
  readonly kinds: readonly MediaKind[];
  /** Accepted MIME types per kind (absent: the Files API defaults apply). */
  readonly mime?: Readonly<Partial<Record<MediaKind, readonly string[]>>> | undefined;
  /** Largest accepted file per kind, in bytes (absent: the Files API defaults apply). */
  readonly maxBytes?: Readonly<Partial<Record<MediaKind, number>>> | undefined;
  /** The rule as the model page words it (e.g. which image becomes the last frame). */
  readonly rule: string;
  /** `false` when the page was not fully readable: the limits are presumed, not confirmed. */
  readonly verified: boolean;
}

/** Everything known about one model: the built-in data, possibly updated from `GET /models`. */
export interface ModelDefinition {
  /** The model id sent as `model`, e.g. `kling-3-0`. */
  readonly id: string;
  /** Human name, e.g. `Kling 3.0`. */
  readonly displayName: string;
  readonly category: ModelCategory;
  /** Base price in credits (reserved on create). */
  readonly credits: number;
  readonly billing: BillingType;
  /** Longest prompt in Unicode characters; absent when the model takes no prompt. */
  readonly promptMax?: number | undefined;
  readonly promptRequired: boolean;
  readonly inputs: readonly ModelInput[];
  /** The model cannot run without params (see the `required` flags). */
  readonly paramsRequired: boolean;
  readonly params: readonly ParamDefinition[];
  /** Reference media rules; absent when the page did not show them (then defaults apply). */
  readonly references?: ReferenceRules | undefined;
  /**
   * Combinations of reference files allowed, where the page states more than `maxFiles` (e.g.
   * "1 video + up to 5 images"): the files must fit one of them, at most that many per kind and
   * none of a kind not named.
   */
  readonly referenceAlternatives?: readonly Readonly<Partial<Record<MediaKind, number>>>[] | undefined;
  /** `false`: the page was only partly readable, so unknown params are passed with a warning. */
  readonly paramsComplete: boolean;
  /** The model page the data was transcribed from. */
  readonly source: string;
  /** What the transcription could not confirm. */
  readonly notes?: string | undefined;
  /** Live availability from `GET /models`; absent until a live list was merged. */
  readonly apiStatus?: ApiStatus | undefined;
  /** `builtin`: from the package's catalog; `live`: a model only `GET /models` knows. */
  readonly origin?: "builtin" | "live" | undefined;
}
