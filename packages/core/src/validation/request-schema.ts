import * as z from "zod/v4/mini";
import { mediaKinds } from "../catalog/media-kind.js";
import type { ValidationIssue } from "../errors/rivya-validation-error.js";
import { describeValue } from "./describe-value.js";
import type { ReferenceDescriptor } from "./generation-request.js";

/** The top-level fields a request may have. */
export const requestFields: readonly string[] = [
  "model",
  "prompt",
  "params",
  "client_request_id",
  "references",
];

/** What a request looks like once its shape is checked, before the model's own rules apply. */
export interface RequestShape {
  model: string;
  prompt?: string | null | undefined;
  params?: Record<string, unknown> | null | undefined;
  client_request_id?: string | null | undefined;
  references?: (ReferenceDescriptor & Record<string, unknown>)[] | null | undefined;
}

// Each error function returns the message's tail; `toIssues` puts the path and the value in front.
function text(allowed: string): z.ZodMiniString {
  return z.string({ error: `is not text (allowed: ${allowed})` });
}

const sizeError = "is not a size (allowed: a whole number of bytes)";

// zod's tree-shakable form (`zod/v4/mini`, present in zod 4 and in the zod 3.25 n8n ships), built
// on first use: importing the core costs no schema construction, and bundles keep only what runs.
function buildRequestSchema(): z.ZodMiniType<RequestShape> {
  const referenceDescriptorSchema = z.looseObject(
    {
      kind: z.optional(
        z.enum(["image", "video", "audio"], {
          error: `is not a media kind (allowed: ${mediaKinds.join(", ")})`,
        }),
      ),
      mimeType: z.optional(text("a MIME type such as image/png")),
      sizeBytes: z.optional(z.int({ error: sizeError }).check(z.nonnegative({ error: sizeError }))),
      name: z.optional(text("a file name")),
      url: z.optional(text("a URL")),
    },
    { error: "is not a file descriptor (allowed: { kind, mimeType, sizeBytes, name })" },
  );
  const modelError = 'is not a model id (allowed: a string such as "kling-3-0")';
  return z.strictObject(
    {
      model: z
        .string({
          error: (issue) =>
            issue.input === undefined ? 'is required (allowed: a model id such as "kling-3-0")' : modelError,
        })
        .check(z.minLength(1, { error: modelError })),
      prompt: z.nullish(text("a string")),
      params: z.nullish(
        z.record(z.string(), z.unknown(), {
          error: "is not an object (allowed: an object of model parameters)",
        }),
      ),
      client_request_id: z.nullish(text("a string")),
      references: z.nullish(
        z.array(referenceDescriptorSchema, {
          error: "is not a list (allowed: an array of file descriptors { kind, mimeType, sizeBytes, name })",
        }),
      ),
    },
    {
      error: (issue) =>
        issue.code === "invalid_type" ? "is not an object (allowed: { model, prompt?, params? })" : undefined,
    },
  ) as z.ZodMiniType<RequestShape>;
}

let requestSchema: z.ZodMiniType<RequestShape> | undefined;

/** The shape check of a request (zod), built on first use. */
export function getRequestSchema(): z.ZodMiniType<RequestShape> {
  requestSchema ??= buildRequestSchema();
  return requestSchema;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === "number") return `${text}[${key}]`;
    return text === "" ? String(key) : `${text}.${String(key)}`;
  }, "");
}

/** Turns zod's issues into rivya-kit issues with one sentence each. */
export function toIssues(error: z.core.$ZodError, request: unknown): ValidationIssue[] {
  return error.issues.flatMap((issue): ValidationIssue[] => {
    const path = formatPath(issue.path);
    if (issue.code === "unrecognized_keys") {
      const record = request as Record<string, unknown>;
      return issue.keys.map((key) => ({
        path: key,
        message: `${key}: ${describeValue(record[key])} is not a request field (allowed: ${requestFields.join(", ")})`,
        received: record[key],
        allowed: requestFields,
      }));
    }
    const input = (issue as { input?: unknown }).input;
    const subject = path === "" ? "request" : path;
    const message =
      input === undefined
        ? `${subject} ${issue.message}`
        : `${subject}: ${describeValue(input)} ${issue.message}`;
    return [{ path: subject, message, ...(input === undefined ? {} : { received: input }) }];
  });
}
