/** One model as the catalog describes it (spec/catalog.json, `@rivya-kit/core/catalog`). */
export interface CatalogParam {
  key: string;
  type: "select" | "number" | "text" | "array";
  required?: boolean;
  default?: string | number | boolean;
  options?: readonly string[];
  min?: number;
  max?: number;
  step?: number;
  note?: string;
}

export type MediaKind = "image" | "video" | "audio";

export interface CatalogReferences {
  maxFiles: number;
  kinds: readonly MediaKind[];
  mime?: Partial<Record<MediaKind, readonly string[]>>;
  maxBytes?: Partial<Record<MediaKind, number>>;
  rule?: string;
  verified?: boolean;
}

export interface CatalogModel {
  id: string;
  category: "image" | "video" | "audio" | "chat";
  credits: number;
  billing: "FIXED" | "METERED";
  promptMax: number;
  promptRequired: boolean;
  inputs: readonly ("text" | "url" | "file")[];
  paramsRequired?: boolean;
  params: readonly CatalogParam[];
  references?: CatalogReferences | null;
  notes?: string;
  source?: string;
  paramsComplete?: boolean;
}
