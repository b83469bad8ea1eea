import {
  checkReferenceFile,
  type GenerationRequest,
  type MediaKind,
  type ModelDefinition,
  models,
  RivyaValidationError,
  validateRequest,
} from "@rivya-kit/core/catalog";
import { ApiError } from "../http/api-error.js";

/** An uploaded file a request points at. */
export interface ResolvedReference {
  kind: MediaKind;
  name: string;
  mimeType: string;
  sizeBytes: number;
  durationSeconds: number | null;
  durationToken: string | null;
}

/** Looks up `params.referenceMediaItems[i].url` among the caller's own current uploads. */
export type ReferenceResolver = (url: string) => ResolvedReference | undefined;

export interface ValidGeneration {
  model: ModelDefinition;
  prompt: string | null;
  params: Record<string, unknown>;
  clientRequestId: string | null;
}

/**
 * Checks a create body with the core's catalog validation, then what only the server can know:
 * each reference URL is one of this account's uploads, and that file (its real type and size)
 * meets the model's rules. Every problem goes into one `validation_failed`, before any credit moves.
 */
export function validateGeneration(body: unknown, resolveReference: ReferenceResolver): ValidGeneration {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ApiError(
      "validation_failed",
      "body: expected a JSON object {model, prompt?, params?, client_request_id?}",
    );
  }
  if ("references" in body) {
    throw new ApiError(
      "validation_failed",
      "references: not a field of POST /generations (upload files with POST /api/v1/files, then pass params.referenceMediaItems)",
    );
  }
  let validated: ReturnType<typeof validateRequest>;
  try {
    validated = validateRequest(body as GenerationRequest);
  } catch (error) {
    if (RivyaValidationError.isInstance(error)) {
      throw new ApiError("validation_failed", messages(error.issues));
    }
    throw error;
  }
  const model = validated.definition;
  if (!model) {
    throw new ApiError(
      "validation_failed",
      `model: "${validated.model}" is not a model (allowed: ${models.map((candidate) => candidate.id).join(", ")})`,
    );
  }
  const params = validated.body.params ?? {};
  const issues = wireTypeIssues((body as { params?: unknown }).params, model);
  issues.push(...checkUploadedReferences(params.referenceMediaItems, model, resolveReference));
  if (issues.length > 0) throw new ApiError("validation_failed", issues.join("; "));
  return {
    model,
    prompt: validated.body.prompt ?? null,
    params,
    clientRequestId: validated.body.client_request_id ?? null,
  };
}

/**
 * The core normalises values for callers (`5` → `"5"` for a select); the wire format is strict:
 * select values arrive as the exact option strings, numbers as JSON numbers.
 */
function wireTypeIssues(params: unknown, model: ModelDefinition): string[] {
  if (typeof params !== "object" || params === null) return [];
  const issues: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    const param = model.params.find((candidate) => candidate.key === key);
    if (!param || value === null || value === undefined) continue;
    if (param.type === "select" && typeof value !== "string") {
      const options = param.options?.map((option) => JSON.stringify(option)).join(", ") ?? "strings";
      issues.push(
        `params.${key}: ${JSON.stringify(value)} is a ${typeof value}; select values are sent as strings (allowed: ${options})`,
      );
    }
    if (param.type === "number" && typeof value !== "number") {
      issues.push(`params.${key}: ${JSON.stringify(value)} is a ${typeof value} (allowed: a JSON number)`);
    }
  }
  return issues;
}

function messages(issues: readonly { message: string }[]): string {
  return issues.map((issue) => issue.message).join("; ");
}

function checkUploadedReferences(
  items: unknown,
  model: ModelDefinition,
  resolve: ReferenceResolver,
): string[] {
  if (!Array.isArray(items)) return [];
  const issues: string[] = [];
  items.forEach((item: Record<string, unknown>, index) => {
    const path = `params.referenceMediaItems[${index}]`;
    const file = resolve(String(item.url));
    if (!file) {
      issues.push(
        `${path}.url: not a current file of this account (allowed: a url returned by POST /api/v1/files)`,
      );
      return;
    }
    if (item.kind !== file.kind) {
      issues.push(
        `${path}.kind: "${String(item.kind)}" but the uploaded file is ${file.kind} (allowed: "${file.kind}")`,
      );
    }
    const descriptor = {
      kind: file.kind,
      mimeType: file.mimeType,
      sizeBytes: file.sizeBytes,
      name: file.name,
    };
    issues.push(...checkReferenceFile(descriptor, model, index, { path }).map((issue) => issue.message));
    if (item.durationToken !== undefined && item.durationToken !== file.durationToken) {
      issues.push(`${path}.durationToken: does not match the uploaded file (allowed: its duration_token)`);
    }
    if (item.durationSeconds !== undefined && item.durationSeconds !== file.durationSeconds) {
      issues.push(
        `${path}.durationSeconds: ${JSON.stringify(item.durationSeconds)} but the file lasts ${file.durationSeconds} s`,
      );
    }
  });
  return issues;
}
