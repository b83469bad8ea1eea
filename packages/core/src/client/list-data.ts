/** The items of a `{ object: "list", data: [...] }` answer; tolerates a bare array. */
export function listData<T>(body: unknown): T[] {
  if (Array.isArray(body)) return body as T[];
  const data = (body as { data?: unknown } | null)?.data;
  return Array.isArray(data) ? (data as T[]) : [];
}
