import { createHash } from "node:crypto";

/** What identifies one paid generation of one item in one n8n execution (and its retries). */
export interface GenerationIdentity {
  /** The execution's origin: the same in an execution and in n8n's Retry of it (see execution-origin.ts). */
  origin: string;
  workflowId: string;
  nodeName: string;
  /** Which run of the node (a loop runs it several times); a Retry repeats the failed run's index. */
  runIndex: number;
  itemIndex: number;
  /** Everything the request is made of (model, prompt, params, reference files). */
  inputs: unknown;
}

/** JSON with object keys sorted, so the same inputs always hash the same. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * The Idempotency-Key sent when the user set none: the same for an execution and n8n's Retry of
 * it (so the Retry reattaches to the task already paid for), different for a new execution,
 * another node, run of the node or item, or other inputs (so those generate anew). Rivya keeps
 * keys 24 h: a Retry within that window never pays twice.
 */
export function deriveIdempotencyKey(identity: GenerationIdentity): string {
  const digest = sha256(
    stableJson({
      origin: identity.origin,
      workflow: identity.workflowId,
      node: identity.nodeName,
      run: identity.runIndex,
      item: identity.itemIndex,
      inputs: sha256(stableJson(identity.inputs)),
    }),
  );
  return `n8n-${digest.slice(0, 48)}`;
}
