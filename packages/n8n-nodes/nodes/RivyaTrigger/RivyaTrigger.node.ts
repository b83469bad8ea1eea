import { RivyaNotFoundError } from "@rivya-kit/core";
import {
  type IExecuteFunctions,
  type IHookFunctions,
  type INodeExecutionData,
  type INodeType,
  type INodeTypeDescription,
  type IWebhookFunctions,
  type IWebhookResponseData,
  NodeConnectionTypes,
  NodeOperationError,
} from "n8n-workflow";
import { createClient } from "../../shared/rivya-client";
import { toNodeError } from "../../shared/to-node-error";
import { firstDelivery } from "./delivery-log";
import { dropProcessedDeliveries } from "./drop-processed-deliveries";
import type { TriggerState } from "./trigger-state";
import { verifyDelivery } from "./verify-delivery";

/** Starts a workflow when a Rivya generation succeeds or fails (signed webhooks). */
export class RivyaTrigger implements INodeType {
  description: INodeTypeDescription = {
    displayName: "Rivya Trigger",
    name: "rivyaTrigger",
    icon: { light: "file:rivya.svg", dark: "file:rivya.dark.svg" },
    group: ["trigger"],
    version: 1,
    subtitle:
      '={{$parameter["events"].map(e => e === "generation.succeeded" ? "Succeeded" : e === "generation.failed" ? "Failed" : e).join(" or ") + " generations"}}',
    // n8n's node creator shows Rivya and Rivya Trigger as one "Rivya" app with the trigger's
    // description, in the actions panel too: so it describes the app, then the trigger.
    description:
      "Generate videos, images and audio with Rivya (Kling, Seedance, Veo, Sora…); this trigger starts the workflow when a generation has finished",
    defaults: { name: "Rivya Trigger" },
    inputs: [],
    outputs: [NodeConnectionTypes.Main],
    credentials: [{ name: "rivyaApi", required: true }],
    webhooks: [{ name: "default", httpMethod: "POST", responseMode: "onReceived", path: "webhook" }],
    properties: [
      {
        displayName: "Events",
        name: "events",
        type: "multiOptions",
        options: [
          {
            name: "Generation Succeeded",
            value: "generation.succeeded",
            description: "The result URLs are ready",
          },
          {
            name: "Generation Failed",
            value: "generation.failed",
            description: "The generation failed; its credits were refunded",
          },
        ],
        default: ["generation.succeeded", "generation.failed"],
        required: true,
        description: "The events that start the workflow",
      },
      {
        displayName: "Options",
        name: "options",
        type: "collection",
        placeholder: "Add Option",
        default: {},
        options: [
          {
            displayName: "Timestamp Tolerance (Seconds)",
            name: "toleranceSeconds",
            type: "number",
            typeOptions: { minValue: 1, maxValue: 3600 },
            default: 300,
            description: "Deliveries signed longer ago (or later) than this are rejected as replays",
          },
        ],
      },
    ],
  };

  webhookMethods = {
    default: {
      async checkExists(this: IHookFunctions): Promise<boolean> {
        const state = this.getWorkflowStaticData("node") as TriggerState;
        if (!state.endpointId || !state.signingSecret) return false;
        const client = await createClient(this);
        try {
          const endpoint = await client.webhooks.get(state.endpointId);
          const events = (this.getNodeParameter("events") as string[]).slice().sort().join(",");
          return (
            endpoint.url === this.getNodeWebhookUrl("default") &&
            [...endpoint.event_types].sort().join(",") === events
          );
        } catch (error) {
          if (!RivyaNotFoundError.isInstance(error)) throw toNodeError(this.getNode(), error, 0);
          // Deleted on Rivya's side: forget it so `create` registers a new endpoint.
          delete state.endpointId;
          delete state.signingSecret;
          return false;
        }
      },

      async create(this: IHookFunctions): Promise<boolean> {
        const state = this.getWorkflowStaticData("node") as TriggerState;
        const client = await createClient(this);
        const url = this.getNodeWebhookUrl("default") as string;
        const events = this.getNodeParameter("events") as string[];
        try {
          if (state.endpointId) {
            // A stale registration (other URL or events): replace it rather than leave it firing.
            await client.webhooks.delete(state.endpointId).catch((error: unknown) => {
              if (!RivyaNotFoundError.isInstance(error)) throw error;
            });
          }
          const endpoint = await client.webhooks.create({
            name: `n8n: ${this.getWorkflow().name ?? this.getWorkflow().id ?? "workflow"}`.slice(0, 100),
            url,
            event_types: events,
          });
          if (!endpoint.signing_secret) {
            throw new NodeOperationError(
              this.getNode(),
              "Rivya did not return the endpoint's signing secret, so deliveries cannot be verified",
            );
          }
          state.endpointId = endpoint.id;
          state.signingSecret = endpoint.signing_secret;
          return true;
        } catch (error) {
          throw toNodeError(this.getNode(), error, 0);
        }
      },

      async delete(this: IHookFunctions): Promise<boolean> {
        const state = this.getWorkflowStaticData("node") as TriggerState;
        if (!state.endpointId) return true;
        const client = await createClient(this);
        try {
          await client.webhooks.delete(state.endpointId);
        } catch (error) {
          // Already gone is what we wanted; anything else must surface.
          if (!RivyaNotFoundError.isInstance(error)) throw toNodeError(this.getNode(), error, 0);
        }
        delete state.endpointId;
        delete state.signingSecret;
        return true;
      },
    },
  };

  /** The trigger's step in the execution: drops deliveries n8n's deduplication store has seen. */
  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    return [await dropProcessedDeliveries(this)];
  }

  async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
    const state = this.getWorkflowStaticData("node") as TriggerState;
    const request = this.getRequestObject();
    const response = this.getResponseObject();
    const toleranceSeconds = this.getNodeParameter("options.toleranceSeconds", 300) as number;
    const raw = request as { rawBody?: unknown; readRawBody?: () => Promise<void> };
    // n8n has normally read the body already; read it now when it has not.
    if (raw.rawBody === undefined && typeof raw.readRawBody === "function") await raw.readRawBody();
    const check = await verifyDelivery(this, state.signingSecret, raw.rawBody, toleranceSeconds);
    if (!check.ok) {
      // Unverified (forged, stale, another signing scheme): refuse, never start the workflow.
      response.status(check.status).json(check.body);
      return { noWebhookResponse: true };
    }
    const { event, deliveryId } = check;
    const scope = `${this.getWorkflow().id ?? ""}:${this.getNode().name}:${state.endpointId ?? ""}`;
    if (!firstDelivery(scope, deliveryId)) {
      // Already received (Rivya retries; or a replay): acknowledge so it stops, start nothing.
      return { webhookResponse: { received: true, duplicate: true } };
    }
    const events = this.getNodeParameter("events") as string[];
    if (!events.includes(event.type)) return { webhookResponse: { received: true, ignored: event.type } };
    const task = event.data;
    return {
      webhookResponse: { received: true },
      workflowData: [
        [
          {
            json: {
              event: event.type,
              eventId: event.id,
              deliveryId,
              taskId: task.id,
              status: task.status,
              model: task.model,
              primaryUrl: task.result?.primary_url ?? null,
              urls: task.result?.urls ?? [],
              credits: task.final_credits,
              reservedCredits: task.reserved_credits,
              error: task.error,
              task,
            },
          },
        ],
      ],
    };
  }
}
