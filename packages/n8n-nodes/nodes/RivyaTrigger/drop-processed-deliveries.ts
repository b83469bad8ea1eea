import type { IExecuteFunctions, INodeExecutionData } from "n8n-workflow";

/** How many delivery ids n8n's deduplication store keeps per trigger node. */
export const storedDeliveries = 10_000;

/**
 * The trigger's step inside the execution (a webhook node with `execute` is run like any node,
 * on a worker in queue mode): passes on the deliveries n8n has not processed before, by n8n's own
 * deduplication store (in the database, shared by every main, webhook and worker process). This
 * stops a duplicate that reached another process than the first copy, or arrived after a restart.
 * Manual test events always pass (re-sending one while building a workflow is deliberate).
 */
export async function dropProcessedDeliveries(context: IExecuteFunctions): Promise<INodeExecutionData[]> {
  const items = context.getInputData();
  const ids = items.map((item) => item.json.deliveryId).filter((id): id is string => typeof id === "string");
  if (context.getMode() === "manual" || ids.length === 0 || !context.helpers.checkProcessedAndRecord) {
    return items;
  }
  const { new: fresh } = await context.helpers.checkProcessedAndRecord(ids, "node", {
    mode: "entries",
    maxEntries: storedDeliveries,
  });
  const passing = new Set(fresh.map(String));
  const kept = items.filter(
    (item) => typeof item.json.deliveryId !== "string" || passing.has(item.json.deliveryId),
  );
  if (kept.length < items.length) {
    context.logger.info(
      `Rivya Trigger: ${items.length - kept.length} delivery already processed by another run; not passed on`,
      { workflowId: context.getWorkflow().id, node: context.getNode().name },
    );
  }
  return kept;
}
