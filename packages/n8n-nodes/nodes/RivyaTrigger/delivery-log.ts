/** How many delivery ids are remembered per trigger node (Rivya retries a delivery 5 times). */
export const rememberedDeliveries = 1000;

// Per process, keyed by workflow, node and endpoint. n8n 2.41 never saves what a webhook method
// writes to static data (starting the run re-creates the static data object, which clears its
// "changed" flag before n8n's save checks it), so the list lives here: webhooks are received by
// the main process (or a webhook process in queue mode), which keeps it across deliveries.
// Duplicates that reach another process are stopped by the trigger's execute step instead
// (n8n's own deduplication store, in the database).
const seenByScope = new Map<string, Set<string>>();

/**
 * Records a verified delivery id; returns false when this process has seen it already (a Rivya
 * retry or a replay). Synchronous, so two copies arriving at once cannot both pass.
 */
export function firstDelivery(scope: string, deliveryId: string): boolean {
  let seen = seenByScope.get(scope);
  if (!seen) {
    seen = new Set();
    seenByScope.set(scope, seen);
  }
  if (seen.has(deliveryId)) return false;
  seen.add(deliveryId);
  // A Set iterates in insertion order: drop the oldest beyond the limit.
  if (seen.size > rememberedDeliveries) seen.delete(seen.values().next().value as string);
  return true;
}

/** Forgets a scope (on deactivation: a new registration starts a new history). */
export function forgetDeliveries(scope: string): void {
  seenByScope.delete(scope);
}
