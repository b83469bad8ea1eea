/** Remembers recent webhook ids so a redelivered event is processed once. */
export interface WebhookDeduplicator {
  /** True the first time an id is seen; false for a repeat (skip it, but still answer 2xx). */
  firstTime(id: string): boolean;
  /** How many ids are remembered. */
  readonly size: number;
}

/**
 * An in-memory de-duplicator for `webhook-id`s (Rivya retries a delivery up to 5 times with the
 * same id). Keeps the most recent `limit` ids; use a database instead when several processes
 * receive the same endpoint.
 * @param limit ids remembered @default 10000
 */
export function createWebhookDeduplicator(limit = 10_000): WebhookDeduplicator {
  // A Set iterates in insertion order: the first entry is the oldest, evicted first.
  const ids = new Set<string>();
  return {
    firstTime(id) {
      if (ids.has(id)) return false;
      ids.add(id);
      if (ids.size > limit) ids.delete(ids.values().next().value as string);
      return true;
    },
    get size() {
      return ids.size;
    },
  };
}
