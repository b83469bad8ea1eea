import { type Catalog, createCatalog } from "./catalog.js";
import { type LiveModel, parseLiveModel } from "./live-model.js";
import { liveModelDefinition } from "./live-model-definition.js";
import type { ModelDefinition } from "./model-definition.js";

/** The merged catalog and what changed that a user should know. */
export interface MergedCatalog {
  catalog: Catalog;
  warnings: string[];
}

/**
 * Merges `GET /models` entries into a catalog: live base credits, billing type and `api_status`
 * win over the built-in data; models the catalog lacks are added from their live entry; chat
 * models are skipped. The built-in params and reference rules of known models are kept.
 */
export function mergeLiveModels(catalog: Catalog, apiModels: readonly unknown[]): MergedCatalog {
  const warnings: string[] = [];
  const merged = new Map<string, ModelDefinition>(catalog.models.map((model) => [model.id, model]));
  const seen = new Set<string>();

  apiModels.forEach((raw, index) => {
    const entry: LiveModel | undefined = parseLiveModel(raw);
    if (entry === undefined) {
      warnings.push(`GET /models entry ${index} has no usable id: skipped`);
      return;
    }
    seen.add(entry.id);
    const known = merged.get(entry.id);
    if (known === undefined) {
      if (entry.category === "chat") return;
      const added = liveModelDefinition(entry);
      if (added === undefined) {
        warnings.push(
          `${entry.id}: new in GET /models but without a category or base_credits: treated as unknown`,
        );
        return;
      }
      merged.set(entry.id, added);
      warnings.push(
        `${entry.id}: new in GET /models (not in the built-in catalog): checked with its live params only`,
      );
      return;
    }
    const credits = typeof entry.base_credits === "number" ? entry.base_credits : known.credits;
    if (credits !== known.credits) {
      warnings.push(`${entry.id}: base credits are ${credits} live (built-in catalog: ${known.credits})`);
    }
    const billing =
      entry.billing_type === "FIXED" || entry.billing_type === "METERED" ? entry.billing_type : known.billing;
    merged.set(entry.id, {
      ...known,
      credits,
      billing,
      displayName: entry.display_name ?? known.displayName,
      apiStatus: entry.api_status ?? known.apiStatus,
    });
  });

  if (seen.size > 0) {
    const missing = catalog.models.filter((model) => !seen.has(model.id) && model.origin !== "live");
    if (missing.length > 0) {
      warnings.push(
        `not listed by GET /models, kept from the built-in catalog: ${missing.map((model) => model.id).join(", ")}`,
      );
    }
  }
  return { catalog: createCatalog([...merged.values()]), warnings };
}
