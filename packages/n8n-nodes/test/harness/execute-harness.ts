// A faithful stand-in for n8n's IExecuteFunctions (what n8n-core's ExecuteContext provides), used
// by the unit tests. Parameters get their defaults from the node description through n8n-workflow's
// own `NodeHelpers.getNodeParameters`, as n8n's Workflow does; errors are n8n-workflow's classes;
// HTTP goes to the real emulator. The real engine is exercised by the end-to-end tests.
import {
  type IBinaryKeyData,
  type IDataObject,
  type IExecuteFunctions,
  type INode,
  type INodeExecutionData,
  type INodeParameters,
  type INodeType,
  NodeHelpers,
  NodeOperationError,
} from "n8n-workflow";
import { RivyaApi } from "../../credentials/RivyaApi.credentials";
import { BinaryStore } from "./binary-store";
import { createHttpHelpers, type RecordedRequest } from "./http-helpers";

export interface ExecuteOptions {
  parameters: IDataObject;
  items?: INodeExecutionData[];
  credentials: { apiKey: string; baseUrl: string };
  continueOnFail?: boolean;
  signal?: AbortSignal;
  /** Run as an AI agent's tool (`isToolExecution()`). */
  tool?: boolean;
  binaryStore?: BinaryStore;
  /** The execution as n8n describes it to nodes (id, mode, execution context); none by default. */
  execution?: { id: string; mode?: string; context?: IDataObject; workflowId?: string };
}

export interface ExecuteOutcome {
  output: INodeExecutionData[];
  requests: RecordedRequest[];
  binaryStore: BinaryStore;
}

export async function executeNode(nodeType: INodeType, options: ExecuteOptions): Promise<ExecuteOutcome> {
  const description = nodeType.description;
  const node: INode = {
    id: "node-1",
    name: "Rivya",
    type: `n8n-nodes-rivya.${description.name}`,
    typeVersion: 1,
    position: [0, 0],
    parameters: options.parameters as INodeParameters,
    ...(options.continueOnFail ? { onError: "continueRegularOutput" as const } : {}),
  };
  const resolved = NodeHelpers.getNodeParameters(
    description.properties,
    node.parameters,
    true,
    false,
    node,
    description,
  ) as INodeParameters;
  node.parameters = resolved;
  const items: INodeExecutionData[] = options.items ?? [{ json: {} }];
  const binaryStore = options.binaryStore ?? new BinaryStore();
  const requests: RecordedRequest[] = [];
  const http = createHttpHelpers({
    credentialType: new RivyaApi(),
    credentials: options.credentials as unknown as IDataObject,
    log: requests,
  });

  const context = {
    getNode: () => node,
    getInputData: () => items,
    continueOnFail: () => options.continueOnFail === true,
    getExecutionCancelSignal: () => options.signal,
    isToolExecution: () => options.tool === true,
    ...(options.execution
      ? {
          getExecutionId: () => options.execution?.id,
          getMode: () => options.execution?.mode ?? "manual",
          getExecutionContext: () => options.execution?.context,
          getWorkflow: () => ({
            id: options.execution?.workflowId ?? "workflow-1",
            name: "test",
            active: false,
          }),
        }
      : {}),
    getCredentials: async (type: string) => {
      if (type !== "rivyaApi") throw new Error(`no credentials of type ${type}`);
      return { ...options.credentials };
    },
    getNodeParameter(name: string, itemIndex: number, ...fallback: unknown[]) {
      if (itemIndex < 0 || itemIndex >= items.length) throw new Error(`item ${itemIndex} does not exist`);
      const value = name.split(".").reduce<unknown>((current, key) => {
        return current && typeof current === "object" ? (current as IDataObject)[key] : undefined;
      }, resolved);
      if (value === undefined) {
        if (fallback.length > 0) return fallback[0];
        throw new NodeOperationError(node, `Could not get parameter "${name}"`, { itemIndex });
      }
      return value;
    },
    helpers: {
      ...http,
      assertBinaryData(itemIndex: number, propertyName: string) {
        const binary = items[itemIndex]?.binary?.[propertyName];
        if (!binary) {
          throw new NodeOperationError(
            node,
            `This operation expects the node's input data to contain a binary file '${propertyName}', but none was found [item ${itemIndex}]`,
            { itemIndex },
          );
        }
        return binary;
      },
      getBinaryStream: async (id: string) => binaryStore.stream(id),
      prepareBinaryData: (data: Buffer, fileName?: string, mimeType?: string) =>
        binaryStore.prepare(data, fileName, mimeType),
    },
  } as unknown as IExecuteFunctions;

  if (!nodeType.execute) throw new Error("not a programmatic node");
  const result = (await nodeType.execute.call(context)) as INodeExecutionData[][];
  return { output: result[0] ?? [], requests, binaryStore };
}

/** An input item with a binary field stored in the harness's binary store (as n8n would). */
export async function itemWithBinary(
  store: BinaryStore,
  fields: Record<string, { bytes: Buffer; fileName: string; mimeType: string }>,
  json: IDataObject = {},
): Promise<INodeExecutionData> {
  const binary: IBinaryKeyData = {};
  for (const [name, file] of Object.entries(fields))
    binary[name] = await store.store(file.bytes, file.fileName, file.mimeType);
  return { json, binary };
}
