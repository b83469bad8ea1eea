import { isMediaKind, type MediaKind } from "../catalog/media-kind.js";
import type { ModelDefinition } from "../catalog/model-definition.js";
import type { ValidationIssue } from "../errors/rivya-validation-error.js";
import { referenceRulesFor } from "./default-reference-rules.js";
import { describeBytes, describeValue } from "./describe-value.js";
import type { ReferenceDescriptor } from "./generation-request.js";

/** Options of `checkReferenceFile`. */
export interface CheckReferenceFileOptions {
  /** The path messages name. @default `references[<index>]` */
  path?: string | undefined;
}

function kindOfMimeType(mimeType: string): MediaKind | undefined {
  const prefix = mimeType.split("/")[0];
  return isMediaKind(prefix) ? prefix : undefined;
}

/** The descriptor's kind: given, or derived from its MIME type. */
export function referenceKind(descriptor: ReferenceDescriptor): MediaKind | undefined {
  if (descriptor.kind !== undefined) return descriptor.kind;
  return descriptor.mimeType === undefined ? undefined : kindOfMimeType(descriptor.mimeType.toLowerCase());
}

/**
 * What `model` (or, undefined, the Files API) takes as references, for messages:
 * `kling-3-0 accepts image/jpeg, image/png, image/webp up to 10 MB`.
 */
export function describeAcceptedReferences(model: ModelDefinition | undefined): string {
  const rules = referenceRulesFor(model);
  const kinds = rules.kinds.map(
    (kind) => `${rules.mime[kind].join(", ")} up to ${describeBytes(rules.maxBytes[kind])}`,
  );
  return `${model === undefined ? "the Files API" : model.id} accepts ${kinds.join("; ")}`;
}

/**
 * Checks one reference file against a model's rules (kind, MIME type, size), before any upload.
 * `model` undefined (an id the catalog does not know) checks against the Files API defaults.
 * @returns every problem found, empty when the file is acceptable.
 */
export function checkReferenceFile(
  descriptor: ReferenceDescriptor,
  model: ModelDefinition | undefined,
  index: number,
  options: CheckReferenceFileOptions = {},
): ValidationIssue[] {
  const path = options.path ?? `references[${index}]`;
  const label = descriptor.name === undefined ? path : `${path} (${descriptor.name})`;
  const target = model === undefined ? "the Files API" : model.id;
  const rules = referenceRulesFor(model);
  const allowedTypes = rules.kinds.flatMap((kind) => rules.mime[kind]);
  const mimeType = descriptor.mimeType?.toLowerCase();
  const issues: ValidationIssue[] = [];

  if (descriptor.kind === undefined && mimeType === undefined) {
    issues.push({
      path,
      message: `${label}: the file type could not be recognised (${describeAcceptedReferences(model)})`,
      allowed: allowedTypes,
    });
    return issues;
  }
  const kind = referenceKind(descriptor);
  const mimeKind = mimeType === undefined ? undefined : kindOfMimeType(mimeType);
  if (descriptor.kind !== undefined && mimeKind !== undefined && mimeKind !== descriptor.kind) {
    issues.push({
      path,
      message: `${label}: kind "${descriptor.kind}" does not match its type "${mimeType}" (allowed: kind "${mimeKind}" for that type)`,
      received: descriptor.kind,
      allowed: [mimeKind],
    });
    return issues;
  }
  if (kind === undefined || !rules.kinds.includes(kind)) {
    const shown = kind === undefined ? `type ${describeValue(mimeType)}` : `kind "${kind}"`;
    issues.push({
      path,
      message: `${label}: ${shown} is not accepted by ${target} (allowed: ${rules.kinds.join(", ")})`,
      received: kind ?? mimeType,
      allowed: rules.kinds,
    });
    return issues;
  }
  if (mimeType !== undefined && !rules.mime[kind].includes(mimeType)) {
    issues.push({
      path,
      message: `${label}: type "${mimeType}" is not accepted by ${target} for ${kind} files (allowed: ${rules.mime[kind].join(", ")})`,
      received: mimeType,
      allowed: rules.mime[kind],
    });
  }
  const size = descriptor.sizeBytes;
  if (size !== undefined) {
    const limit = rules.maxBytes[kind];
    if (size === 0) {
      issues.push({
        path,
        message: `${label}: the file is empty (allowed: 1 byte to ${describeBytes(limit)})`,
        received: 0,
        allowed: limit,
      });
    } else if (size > limit) {
      issues.push({
        path,
        message: `${label}: ${describeBytes(size)} (${size} bytes) is too large for ${target} (allowed: at most ${describeBytes(limit)} per ${kind} file)`,
        received: size,
        allowed: limit,
      });
    }
  }
  return issues;
}
