import { type Catalog, defaultCatalog, mergeLiveModels, type RivyaClient } from "@rivya-kit/core";

/** The built-in catalog merged with `GET /models` (live prices, availability, new models). */
export async function liveCatalog(client: RivyaClient, signal: AbortSignal | undefined): Promise<Catalog> {
  const live = await client.models.list({ signal });
  return mergeLiveModels(defaultCatalog, live).catalog;
}
