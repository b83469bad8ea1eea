import type { IDataObject } from "n8n-workflow";

/**
 * What the trigger keeps in the workflow's static data (per node). Written only on activation and
 * deactivation, which n8n saves; what a webhook call writes there is not saved (delivery-log.ts).
 */
export interface TriggerState extends IDataObject {
  endpointId?: string;
  /** The endpoint's `whsec_…` signing secret: Rivya shows it only once, on create. */
  signingSecret?: string;
}
