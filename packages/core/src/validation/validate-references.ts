import { isMediaKind, mediaKinds } from "../catalog/media-kind.js";
import type { ModelDefinition } from "../catalog/model-definition.js";
import { checkReferenceFile, referenceKind } from "./check-reference-file.js";
import { referenceRulesFor } from "./default-reference-rules.js";
import { describeValue } from "./describe-value.js";
import type { ReferenceDescriptor } from "./generation-request.js";
import {
  describeAlternatives,
  describeCounts,
  fitsAlternatives,
  type KindCounts,
} from "./reference-alternatives.js";
import { acceptsReferences, referenceItemsKey } from "./validate-params.js";
import type { ValidationContext } from "./validation-context.js";

const itemsPath = `params.${referenceItemsKey}`;

// Already uploaded items: each needs a URL and a kind before its rules can be checked.
function checkItems(items: unknown, model: ModelDefinition, context: ValidationContext): void {
  if (!Array.isArray(items)) {
    context.issues.push({
      path: itemsPath,
      message: `${itemsPath}: ${describeValue(items)} is not a list (allowed: an array of { url, kind } items from the Files API)`,
      received: items,
    });
    return;
  }
  items.forEach((item: unknown, index) => {
    const path = `${itemsPath}[${index}]`;
    const record = typeof item === "object" && item !== null ? (item as Record<string, unknown>) : undefined;
    if (record === undefined || Array.isArray(item)) {
      context.issues.push({
        path,
        message: `${path}: ${describeValue(item)} is not a reference item (allowed: { url, kind } from the Files API)`,
        received: item,
      });
      return;
    }
    if (typeof record["url"] !== "string" || record["url"] === "") {
      context.issues.push({
        path: `${path}.url`,
        message: `${path}.url is required (allowed: the URL of a file uploaded through the Files API)`,
        received: record["url"],
      });
      return;
    }
    if (!isMediaKind(record["kind"])) {
      context.issues.push({
        path: `${path}.kind`,
        message: `${path}.kind: ${describeValue(record["kind"])} is not a media kind (allowed: ${mediaKinds.join(", ")})`,
        received: record["kind"],
        allowed: mediaKinds,
      });
      return;
    }
    const descriptor: ReferenceDescriptor = {
      kind: record["kind"],
      url: record["url"],
      ...(typeof record["mimeType"] === "string" ? { mimeType: record["mimeType"] } : {}),
      ...(typeof record["name"] === "string" ? { name: record["name"] } : {}),
    };
    context.issues.push(...checkReferenceFile(descriptor, model, index, { path }));
  });
}

/**
 * Checks the files to upload (`references`) and the already uploaded `params.referenceMediaItems`
 * against the model's rules: their total count, and each file's kind, MIME type and size.
 * @returns the descriptors of the files to upload, each with its kind filled in.
 */
export function validateReferences(
  references: readonly ReferenceDescriptor[],
  items: unknown,
  model: ModelDefinition | undefined,
  context: ValidationContext,
): ReferenceDescriptor[] {
  const checked = references.map((descriptor, index) => {
    context.issues.push(...checkReferenceFile(descriptor, model, index));
    const kind = referenceKind(descriptor);
    return kind === undefined ? { ...descriptor } : { ...descriptor, kind };
  });
  // An unknown model's params pass through unvalidated; its files still meet the Files API.
  if (model === undefined) return checked;

  if (items !== undefined && items !== null) checkItems(items, model, context);
  const total = references.length + (Array.isArray(items) ? items.length : 0);
  if (total === 0) return checked;
  if (!acceptsReferences(model)) {
    context.issues.push({
      path: "references",
      message: `references: ${total} reference file${total === 1 ? "" : "s"} given, but ${model.id} takes none (allowed: no reference files; inputs: ${model.inputs.join(", ")})`,
      received: total,
      allowed: 0,
    });
    return checked;
  }
  const rules = referenceRulesFor(model);
  if (rules.maxFiles !== undefined && total > rules.maxFiles) {
    const rule = rules.rule === undefined ? "" : ` — ${rules.rule}`;
    context.issues.push({
      path: "references",
      message: `references: ${total} reference files are too many for ${model.id} (allowed: at most ${rules.maxFiles}${rule})`,
      received: total,
      allowed: rules.maxFiles,
    });
  }
  const alternatives = model.referenceAlternatives;
  if (alternatives !== undefined && alternatives.length > 0) {
    const counts: KindCounts = {};
    const kinds = [
      ...checked.map((descriptor) => descriptor.kind),
      ...(Array.isArray(items) ? items.map((item: { kind?: unknown } | null) => item?.kind) : []),
    ];
    for (const kind of kinds) if (isMediaKind(kind)) counts[kind] = (counts[kind] ?? 0) + 1;
    if (!fitsAlternatives(counts, alternatives)) {
      const rule = rules.rule === undefined ? "" : ` — ${rules.rule}`;
      context.issues.push({
        path: "references",
        message: `references: ${describeCounts(counts)} do not fit ${model.id} (allowed: ${describeAlternatives(alternatives)}${rule})`,
        received: counts,
        allowed: alternatives,
      });
    }
  }
  if (rules.assumed) {
    context.warnings.push(
      `reference rules of ${model.id} are not fully documented: reference files were checked against the Files API defaults`,
    );
  }
  return checked;
}
