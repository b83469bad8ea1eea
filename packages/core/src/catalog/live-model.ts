import { z } from "zod/v4";

const number = z.number().finite();

// Tolerant on purpose: unknown fields are kept, and a malformed part is dropped, not fatal.
const liveParamSchema = z.looseObject({
  key: z.string(),
  type: z.string(),
  required: z.boolean().nullish().catch(undefined),
  default: z.union([z.string(), z.number(), z.boolean()]).nullish().catch(undefined),
  options: z
    .array(z.union([z.string(), z.number(), z.boolean()]))
    .nullish()
    .catch(undefined),
  min: number.nullish().catch(undefined),
  max: number.nullish().catch(undefined),
  step: number.nullish().catch(undefined),
});

const liveReferenceMediaSchema = z.looseObject({
  max_files: number.nullish().catch(undefined),
  kinds: z.array(z.string()).nullish().catch(undefined),
  limits: z
    .record(
      z.string(),
      z.looseObject({
        max_bytes: number.nullish().catch(undefined),
        mime_types: z.array(z.string()).nullish().catch(undefined),
      }),
    )
    .nullish()
    .catch(undefined),
});

/** One entry of `GET /models` (`data[]`), as far as this library reads it. */
export const liveModelSchema: z.ZodType<LiveModel> = z.looseObject({
  id: z.string().min(1),
  display_name: z.string().nullish().catch(undefined),
  category: z.string().nullish().catch(undefined),
  base_credits: number.nullish().catch(undefined),
  billing_type: z.string().nullish().catch(undefined),
  max_prompt_length: number.nullish().catch(undefined),
  reference_media: liveReferenceMediaSchema.nullish().catch(undefined),
  params: z.array(liveParamSchema).nullish().catch(undefined),
  api_status: z.string().nullish().catch(undefined),
  supported_api_inputs: z.array(z.string()).nullish().catch(undefined),
});

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
