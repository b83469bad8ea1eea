import type { IDataObject } from "n8n-workflow";

/** How many delivery ids are remembered for de-duplication (Rivya retries a delivery 5 times). */
export const rememberedDeliveries = 200;

/** What the trigger keeps in the workflow's static data (per node). */
export interface TriggerState extends IDataObject {
  endpointId?: string;
  /** The endpoint's `whsec_…` signing secret: Rivya shows it only once, on create. */
  signingSecret?: string;
  /** Recently processed `webhook-id`s, newest last. */
  seenDeliveries?: string[];
}

/** Records a delivery id; returns false when it was already seen (a retry or a replay). */
export function rememberDelivery(state: TriggerState, deliveryId: string): boolean {
  const seen = state.seenDeliveries ?? [];
  if (seen.includes(deliveryId)) return false;
  state.seenDeliveries = [...seen, deliveryId].slice(-rememberedDeliveries);
  return true;
}
