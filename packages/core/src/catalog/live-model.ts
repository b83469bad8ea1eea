import * as z from "zod/v4/mini";

// Tolerant on purpose: unknown fields are kept, and a malformed part is dropped, not fatal.
function lenient<T extends z.ZodMiniType>(schema: T) {
  return z.catch(z.nullish(schema), undefined);
}

// Built on first use with zod's tree-shakable form: an app that never merges live models pays
// nothing for this schema (see request-schema.ts).
function buildLiveModelSchema(): z.ZodMiniType<LiveModel> {
  const scalar = z.union([z.string(), z.number(), z.boolean()]);
  const liveParamSchema = z.looseObject({
    key: z.string(),
    type: z.string(),
    required: lenient(z.boolean()),
    default: lenient(scalar),
    options: lenient(z.array(scalar)),
    min: lenient(z.number()),
    max: lenient(z.number()),
    step: lenient(z.number()),
  });
  const liveReferenceMediaSchema = z.looseObject({
    max_files: lenient(z.number()),
    kinds: lenient(z.array(z.string())),
    limits: lenient(
      z.record(
        z.string(),
        z.looseObject({ max_bytes: lenient(z.number()), mime_types: lenient(z.array(z.string())) }),
      ),
    ),
  });
  return z.looseObject({
    id: z.string().check(z.minLength(1)),
    display_name: lenient(z.string()),
    category: lenient(z.string()),
    base_credits: lenient(z.number()),
    billing_type: lenient(z.string()),
    max_prompt_length: lenient(z.number()),
    reference_media: lenient(liveReferenceMediaSchema),
    params: lenient(z.array(liveParamSchema)),
    api_status: lenient(z.string()),
    supported_api_inputs: lenient(z.array(z.string())),
  }) as z.ZodMiniType<LiveModel>;
}

let liveModelSchema: z.ZodMiniType<LiveModel> | undefined;

/** One `GET /models` entry (`data[]`) as far as this library reads it, or `undefined` without an id. */
export function parseLiveModel(raw: unknown): LiveModel | undefined {
  liveModelSchema ??= buildLiveModelSchema();
  const parsed = liveModelSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** One entry of `GET /models`. Every field but `id` may be missing: the list is dynamic. */
export interface LiveModel {
  id: string;
  display_name?: string | null | undefined;
  category?: string | null | undefined;
  base_credits?: number | null | undefined;
  billing_type?: string | null | undefined;
  max_prompt_length?: number | null | undefined;
  reference_media?:
    | {
        max_files?: number | null | undefined;
        kinds?: string[] | null | undefined;
        limits?:
          | Record<
              string,
              { max_bytes?: number | null | undefined; mime_types?: string[] | null | undefined }
            >
          | null
          | undefined;
      }
    | null
    | undefined;
  params?:
    | {
        key: string;
        type: string;
        required?: boolean | null | undefined;
        default?: string | number | boolean | null | undefined;
        options?: (string | number | boolean)[] | null | undefined;
        min?: number | null | undefined;
        max?: number | null | undefined;
        step?: number | null | undefined;
      }[]
    | null
    | undefined;
  api_status?: string | null | undefined;
  supported_api_inputs?: string[] | null | undefined;
}
