import type { ModelCategory, ModelDefinition } from "./model-definition.js";
import { models as builtinModels } from "./models.js";

/** Options of `listModels` and `Catalog.list`. */
export interface ListModelsOptions {
  /** Only models of this category. @default all categories */
  category?: ModelCategory | undefined;
}

/** A set of model definitions: the built-in one, or one merged with `GET /models`. */
export interface Catalog {
  /** All models, video first, then image, then audio (catalog order within a category). */
  readonly models: readonly ModelDefinition[];
  /** The model with this id, or `undefined` when the catalog does not know it. */
  get(id: string): ModelDefinition | undefined;
  /** Whether the catalog knows this id. */
  has(id: string): boolean;
  /** The models, optionally of one category, video first. */
  list(options?: ListModelsOptions): readonly ModelDefinition[];
}

const categoryOrder: Record<string, number> = { video: 0, image: 1, audio: 2 };

/** A catalog over the given models (default: the built-in ones). Later duplicates of an id win. */
export function createCatalog(models: readonly ModelDefinition[] = builtinModels): Catalog {
  const byId = new Map<string, ModelDefinition>();
  for (const model of models) byId.set(model.id, model);
  // A stable sort keeps the catalog's own order within each category.
  const ordered = [...byId.values()].sort(
    (left, right) => (categoryOrder[left.category] ?? 3) - (categoryOrder[right.category] ?? 3),
  );
  return {
    models: ordered,
    get: (id) => byId.get(id),
    has: (id) => byId.has(id),
    list: (options = {}) =>
      options.category === undefined
        ? ordered
        : ordered.filter((model) => model.category === options.category),
  };
}

/** The built-in catalog (the data of `spec/catalog.json`). */
export const defaultCatalog: Catalog = createCatalog();

/** The built-in (or given) catalog's model with this id, or `undefined`. */
export function getModel(id: string, catalog: Catalog = defaultCatalog): ModelDefinition | undefined {
  return catalog.get(id);
}

/** The built-in (or given) catalog's models, video first. */
export function listModels(
  options: ListModelsOptions & { catalog?: Catalog | undefined } = {},
): readonly ModelDefinition[] {
  return (options.catalog ?? defaultCatalog).list(options);
}
