import { z } from "zod/v4";
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

// Each error function returns the message's tail; `toIssues` puts the path and the value in front.
function text(allowed: string): z.ZodString {
  return z.string({ error: `is not text (allowed: ${allowed})` });
}

const referenceDescriptorSchema = z.looseObject(
  {
    kind: z
      .enum(["image", "video", "audio"], { error: `is not a media kind (allowed: ${mediaKinds.join(", ")})` })
      .optional(),
    mimeType: text("a MIME type such as image/png").optional(),
    sizeBytes: z
      .number({ error: "is not a size (allowed: a whole number of bytes)" })
      .int({ error: "is not a size (allowed: a whole number of bytes)" })
      .nonnegative({ error: "is not a size (allowed: a whole number of bytes)" })
      .optional(),
    name: text("a file name").optional(),
    url: text("a URL").optional(),
  },
  { error: "is not a file descriptor (allowed: { kind, mimeType, sizeBytes, name })" },
);

/** The shape of a request, before the model's own rules are applied. */
export const requestSchema: z.ZodType<{
  model: string;
  prompt?: string | null | undefined;
  params?: Record<string, unknown> | null | undefined;
  client_request_id?: string | null | undefined;
  references?: (ReferenceDescriptor & Record<string, unknown>)[] | null | undefined;
}> = z.strictObject(
  {
    model: z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? 'is required (allowed: a model id such as "kling-3-0")'
            : 'is not a model id (allowed: a string such as "kling-3-0")',
      })
      .min(1, { error: 'is not a model id (allowed: a string such as "kling-3-0")' }),
    prompt: text("a string").nullish(),
    params: z
      .record(z.string(), z.unknown(), { error: "is not an object (allowed: an object of model parameters)" })
      .nullish(),
    client_request_id: text("a string").nullish(),
    references: z
      .array(referenceDescriptorSchema, {
        error: "is not a list (allowed: an array of file descriptors { kind, mimeType, sizeBytes, name })",
      })
      .nullish(),
  },
  {
    error: (issue) =>
      issue.code === "invalid_type" ? "is not an object (allowed: { model, prompt?, params? })" : undefined,
  },
);

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === "number") return `${text}[${key}]`;
    return text === "" ? String(key) : `${text}.${String(key)}`;
  }, "");
}

/** Turns zod's issues into rivya-kit issues with one sentence each. */
export function toIssues(error: z.ZodError, request: unknown): ValidationIssue[] {
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
