import { ApiError } from "../http/api-error.js";
import type { CatalogModel, CatalogParam, MediaKind } from "./catalog-model.js";
import { catalogModels, findModel } from "./catalog-source.js";

/** A reference the request points at, resolved to one of the emulator's uploaded files. */
export interface ResolvedReference {
  kind: MediaKind;
  mimeType: string;
  sizeBytes: number;
  durationSeconds: number | null;
  durationToken: string | null;
}

/** Looks up `params.referenceMediaItems[i].url` among the caller's own uploads. */
export type ReferenceResolver = (url: string) => ResolvedReference | undefined;

export interface ValidGeneration {
  model: CatalogModel;
  prompt: string | null;
  params: Record<string, unknown>;
  clientRequestId: string | null;
}

const bodyKeys = new Set(["model", "prompt", "params", "client_request_id"]);

/**
 * Checks a create body against the catalog, collecting every problem (field, value, what is
 * allowed) into one `validation_failed`, so nothing is reserved for a request that cannot run.
 */
export function validateGeneration(body: unknown, resolveReference: ReferenceResolver): ValidGeneration {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ApiError(
      "validation_failed",
      "body: expected a JSON object {model, prompt?, params?, client_request_id?}",
    );
  }
  const record = body as Record<string, unknown>;
  const issues: string[] = [];
  for (const key of Object.keys(record)) {
    if (!bodyKeys.has(key))
      issues.push(`${key}: unknown field; allowed: model, prompt, params, client_request_id`);
  }
  if (typeof record.model !== "string" || record.model === "") {
    throw new ApiError(
      "validation_failed",
      `model: required string; one of ${catalogModels.map((m) => m.id).join(", ")}`,
    );
  }
  const model = findModel(record.model);
  if (!model) {
    throw new ApiError("validation_failed", `model: unknown model "${record.model}"; see GET /api/v1/models`);
  }
  const prompt = checkPrompt(model, record.prompt, issues);
  const params = checkParams(model, record.params, issues, resolveReference);
  const clientRequestId = record.client_request_id;
  if (
    clientRequestId !== undefined &&
    (typeof clientRequestId !== "string" || clientRequestId.length > 128)
  ) {
    issues.push("client_request_id: must be a string of at most 128 characters");
  }
  if (issues.length > 0) throw new ApiError("validation_failed", issues.join("; "));
  return {
    model,
    prompt,
    params,
    clientRequestId: typeof clientRequestId === "string" ? clientRequestId : null,
  };
}

function checkPrompt(model: CatalogModel, prompt: unknown, issues: string[]): string | null {
  if (prompt === undefined || prompt === null || prompt === "") {
    if (model.promptRequired) issues.push(`prompt: required by ${model.id}`);
    return null;
  }
  if (typeof prompt !== "string") {
    issues.push(`prompt: must be a string, got ${typeof prompt}`);
    return null;
  }
  if (prompt.length > model.promptMax) {
    issues.push(`prompt: ${prompt.length} characters; ${model.id} allows at most ${model.promptMax}`);
  }
  return prompt;
}

function checkParams(
  model: CatalogModel,
  params: unknown,
  issues: string[],
  resolveReference: ReferenceResolver,
): Record<string, unknown> {
  if (params === undefined || params === null) params = {};
  if (typeof params !== "object" || Array.isArray(params)) {
    issues.push("params: must be an object");
    return {};
  }
  const record = params as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (key === "referenceMediaItems") {
      checkReferences(model, value, issues, resolveReference);
      continue;
    }
    const param = model.params.find((candidate) => candidate.key === key);
    if (!param) {
      // A partly transcribed model may take keys the catalog does not list: do not reject them.
      if (model.paramsComplete !== false) {
        issues.push(`params.${key}: unknown for ${model.id}; allowed: ${listKeys(model)}`);
      }
      continue;
    }
    checkParamValue(param, value, issues);
  }
  for (const param of model.params) {
    if (param.required && record[param.key] === undefined && param.default === undefined) {
      issues.push(`params.${param.key}: required by ${model.id}`);
    }
  }
  return record;
}

function listKeys(model: CatalogModel): string {
  const keys = model.params.map((param) => param.key);
  if (model.references) keys.push("referenceMediaItems");
  return keys.length > 0 ? keys.join(", ") : "(none)";
}

function checkParamValue(param: CatalogParam, value: unknown, issues: string[]): void {
  const field = `params.${param.key}`;
  switch (param.type) {
    case "select":
      if (typeof value !== "string") {
        issues.push(
          `${field}: must be a string (select values are sent as strings), got ${JSON.stringify(value)}`,
        );
      } else if (param.options && !param.options.includes(value)) {
        issues.push(
          `${field}: "${value}" is not allowed; one of ${param.options.map((o) => `"${o}"`).join(", ")}`,
        );
      }
      return;
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) {
        issues.push(`${field}: must be a JSON number, got ${JSON.stringify(value)}`);
      } else if (
        (param.min !== undefined && value < param.min) ||
        (param.max !== undefined && value > param.max)
      ) {
        issues.push(`${field}: ${value} is out of range; allowed ${param.min ?? "-∞"}..${param.max ?? "∞"}`);
      }
      return;
    case "text":
      if (typeof value !== "string") issues.push(`${field}: must be a string, got ${JSON.stringify(value)}`);
      return;
    case "array":
      if (!Array.isArray(value)) issues.push(`${field}: must be an array, got ${JSON.stringify(value)}`);
      return;
  }
}

function checkReferences(
  model: CatalogModel,
  value: unknown,
  issues: string[],
  resolveReference: ReferenceResolver,
): void {
  const field = "params.referenceMediaItems";
  const rules = model.references;
  if (!rules) {
    issues.push(`${field}: ${model.id} takes no reference media`);
    return;
  }
  if (!Array.isArray(value)) {
    issues.push(`${field}: must be an array of {url, kind}`);
    return;
  }
  if (value.length > rules.maxFiles) {
    issues.push(`${field}: ${value.length} items; ${model.id} allows at most ${rules.maxFiles}`);
  }
  value.forEach((item: unknown, index) => {
    const at = `${field}[${index}]`;
    if (typeof item !== "object" || item === null) {
      issues.push(`${at}: must be an object {url, kind}`);
      return;
    }
    const { url, kind, durationToken, durationSeconds } = item as Record<string, unknown>;
    if (typeof kind !== "string" || !rules.kinds.includes(kind as MediaKind)) {
      issues.push(
        `${at}.kind: ${JSON.stringify(kind)} is not allowed; ${model.id} takes ${rules.kinds.join(", ")}`,
      );
      return;
    }
    if (typeof url !== "string") {
      issues.push(`${at}.url: required string (a url returned by POST /api/v1/files)`);
      return;
    }
    const file = resolveReference(url);
    if (!file) {
      issues.push(`${at}.url: not a current file of this account; upload it with POST /api/v1/files first`);
      return;
    }
    if (file.kind !== kind) issues.push(`${at}.kind: "${kind}" but the uploaded file is ${file.kind}`);
    const mimeTypes = rules.mime?.[file.kind];
    if (mimeTypes && !mimeTypes.includes(file.mimeType)) {
      issues.push(`${at}: ${file.mimeType} is not accepted by ${model.id}; allowed: ${mimeTypes.join(", ")}`);
    }
    const maxBytes = rules.maxBytes?.[file.kind];
    if (maxBytes !== undefined && file.sizeBytes > maxBytes) {
      issues.push(`${at}: ${file.sizeBytes} bytes; ${model.id} allows at most ${maxBytes} for ${file.kind}`);
    }
    if (durationToken !== undefined && durationToken !== file.durationToken) {
      issues.push(`${at}.durationToken: does not match the uploaded file's duration_token`);
    }
    if (durationSeconds !== undefined && durationSeconds !== file.durationSeconds) {
      issues.push(
        `${at}.durationSeconds: ${JSON.stringify(durationSeconds)} but the file lasts ${file.durationSeconds} s`,
      );
    }
  });
}
