// The model catalog, request validation and credit estimates (issue 3). Pure: no I/O.
export const CATALOG_API_VERSION = "2026-05-11" as const;
