import type { RivyaClient } from "@rivya-kit/core";
import type { IExecuteFunctions, INodeExecutionData } from "n8n-workflow";

/** What every operation gets: the n8n context, the core client and the execution's cancel signal. */
export interface OperationContext {
  context: IExecuteFunctions;
  client: RivyaClient;
  signal: AbortSignal | undefined;
}

/** One operation for one input item; returns that item's output items (with `pairedItem`). */
export type Operation = (operation: OperationContext, itemIndex: number) => Promise<INodeExecutionData[]>;
