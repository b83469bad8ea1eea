// Temporary: read the catalog data directly until `@rivya-kit/core/catalog` exports `models`.
import catalog from "../../../../spec/catalog.json" with { type: "json" };
import type { CatalogModel } from "./catalog-model.js";

/** Every model the emulator serves. */
export const catalogModels: readonly CatalogModel[] = catalog.models as unknown as CatalogModel[];

export function findModel(id: string): CatalogModel | undefined {
  return catalogModels.find((model) => model.id === id);
}
