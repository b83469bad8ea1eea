// A stand-in for what n8n gives a webhook trigger: IHookFunctions for checkExists/create/delete
// (static data, the node's webhook URL, parameters, credentials, HTTP helpers) and, for each
// delivery to a real local HTTP server, IWebhookFunctions with n8n's raw body and response object.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type {
  IDataObject,
  IHookFunctions,
  INode,
  INodeExecutionData,
  INodeType,
  IWebhookFunctions,
  IWebhookResponseData,
} from "n8n-workflow";
import { RivyaApi } from "../../credentials/RivyaApi.credentials";
import { createHttpHelpers, type RecordedRequest } from "./http-helpers";

export interface Delivery {
  status: number;
  body: unknown;
  /** Items the trigger emitted (undefined: no workflow run started). */
  emitted: INodeExecutionData[] | undefined;
}

export class TriggerHarness {
  readonly staticData: IDataObject = {};
  readonly deliveries: Delivery[] = [];
  readonly requests: RecordedRequest[] = [];
  /** What the trigger logged through n8n's logger: level, message, metadata. */
  readonly logs: { level: string; message: string; meta: unknown }[] = [];
  /** Stand-in for n8n's deduplication store (the database table in a real n8n). */
  readonly processed = new Set<string>();
  private server: Server | undefined;
  url = "";

  constructor(
    private readonly nodeType: INodeType,
    private readonly credentials: { apiKey: string; baseUrl: string },
    private readonly parameters: IDataObject,
  ) {}

  /** Starts the local server n8n's webhook URL points at. */
  async listen(): Promise<void> {
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        void this.deliver(Buffer.concat(chunks), request.headers as IDataObject, response);
      });
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook/rivya-test/webhook`;
  }

  async close(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** Runs one of checkExists / create / delete as n8n does on activation and deactivation. */
  hook(method: "checkExists" | "create" | "delete"): Promise<boolean> {
    const lifecycle = this.nodeType.webhookMethods?.default?.[method];
    if (!lifecycle) throw new Error(`no ${method}`);
    const context = {
      ...this.common(),
      getNodeWebhookUrl: () => this.url,
      getWorkflow: () => ({ id: "wf-1", name: "Trigger test", active: true }),
    } as unknown as IHookFunctions;
    return lifecycle.call(context);
  }

  private common() {
    const node: INode = {
      id: "trigger-1",
      name: "Rivya Trigger",
      type: "n8n-nodes-rivya.rivyaTrigger",
      typeVersion: 1,
      position: [0, 0],
      parameters: this.parameters as INode["parameters"],
    };
    const log =
      (level: string) =>
      (message: string, meta?: unknown): void => {
        this.logs.push({ level, message, meta });
      };
    return {
      getNode: () => node,
      getWorkflow: () => ({ id: "wf-1", name: "Trigger test", active: true }),
      logger: { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") },
      getWorkflowStaticData: () => this.staticData,
      getCredentials: async () => ({ ...this.credentials }),
      getNodeParameter: (name: string, fallback?: unknown) => {
        const value = name
          .split(".")
          .reduce<unknown>(
            (current, key) =>
              current && typeof current === "object" ? (current as IDataObject)[key] : undefined,
            this.parameters,
          );
        return value === undefined ? fallback : value;
      },
      helpers: createHttpHelpers({
        credentialType: new RivyaApi(),
        credentials: this.credentials as unknown as IDataObject,
        log: this.requests,
      }),
    };
  }

  /** Runs the trigger's step inside the execution (n8n runs it with the emitted items as input). */
  async executeStep(items: INodeExecutionData[], mode = "webhook"): Promise<INodeExecutionData[]> {
    const execute = this.nodeType.execute as ((this: unknown) => Promise<INodeExecutionData[][]>) | undefined;
    if (!execute) throw new Error("the trigger has no execute step");
    const processed = this.processed;
    const context = {
      ...this.common(),
      getInputData: () => items,
      getMode: () => mode,
      helpers: {
        async checkProcessedAndRecord(ids: string[]) {
          const fresh = ids.filter((id) => !processed.has(id));
          for (const id of ids) processed.add(id);
          return { new: fresh, processed: ids.filter((id) => !fresh.includes(id)) };
        },
      },
    };
    const [output] = await execute.call(context);
    return output ?? [];
  }

  private async deliver(rawBody: Buffer, headers: IDataObject, response: import("node:http").ServerResponse) {
    let status = 200;
    let body: unknown;
    let sent = false;
    const expressLike = {
      status(code: number) {
        status = code;
        return expressLike;
      },
      json(value: unknown) {
        body = value;
        sent = true;
        response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(value));
        return expressLike;
      },
    };
    const context = {
      ...this.common(),
      getRequestObject: () => ({ rawBody, headers, body: JSON.parse(rawBody.toString() || "null") }),
      getResponseObject: () => expressLike,
      getHeaderData: () => headers,
    } as unknown as IWebhookFunctions;
    let outcome: IWebhookResponseData;
    try {
      outcome = await (
        this.nodeType.webhook as (this: IWebhookFunctions) => Promise<IWebhookResponseData>
      ).call(context);
    } catch (error) {
      response.writeHead(500).end(String(error));
      this.deliveries.push({ status: 500, body: String(error), emitted: undefined });
      return;
    }
    if (!sent) {
      body = outcome.webhookResponse ?? { message: "Workflow was started" };
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    }
    this.deliveries.push({ status, body, emitted: outcome.workflowData?.[0] });
  }
}
