import type { IExecuteFunctions } from "n8n-workflow";

/** The part of n8n's execution context (`runExecutionData.executionData.runtimeData`) read here. */
interface RuntimeData {
  establishedAt?: unknown;
  source?: unknown;
}

/**
 * What ties an execution to n8n's Retry of it. n8n (2.x) gives a Retry the original execution's
 * data, and its execution context (`getExecutionContext()`: `establishedAt`, `source`, saved with
 * the execution before it starts) is inherited, not re-established; a new execution gets a new
 * one. The execution id cannot serve: a Retry is a new execution with a new id, and the link
 * (`retryOf`) is not exposed to nodes. Without an execution context (older n8n), the execution id:
 * a Retry then generates anew. Undefined when neither is known (no key is derived then).
 */
export function executionOrigin(context: IExecuteFunctions): string | undefined {
  const runtime = context.getExecutionContext?.() as RuntimeData | undefined;
  if (runtime && typeof runtime.establishedAt === "number") {
    return `context:${String(runtime.source ?? "")}:${runtime.establishedAt}`;
  }
  const executionId = context.getExecutionId?.();
  return executionId ? `execution:${executionId}` : undefined;
}

/** Whether this run is n8n's Retry of a failed execution. */
export function isRetry(context: IExecuteFunctions): boolean {
  return context.getMode?.() === "retry";
}
