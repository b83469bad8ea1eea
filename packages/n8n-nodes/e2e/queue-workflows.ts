// The workflows the queue-mode test imports: a production webhook (n8n's Webhook node) starting a
// Rivya Generate, and the Rivya Trigger. Production webhooks are the executions queue mode hands
// to workers.
import type { CredentialReference, Workflow } from "./workflows";

/** Path of the Generate workflow's webhook: POST /webhook/<path> with `{ "prompt": … }`. */
export const generatePath = "rivya-queue-generate";

/** Path of the large-results workflow (its credential points at an emulator serving big files). */
export const largePath = "rivya-queue-large";

/** Webhook → Generate kling-v2-5-turbo-pro (prompt from the request body), wait, download. */
export function generateOnWebhook(
  credential: CredentialReference,
  variant: { id: string; path: string; webhookId: string } = {
    id: "queueGenerate",
    path: generatePath,
    webhookId: "0c6f1a52-8a0e-4d3b-9f61-2b7e5d4c3a10",
  },
): Workflow {
  return {
    id: variant.id,
    name: `queue: ${variant.path}`,
    active: false,
    settings: { executionOrder: "v1" },
    nodes: [
      {
        id: `${variant.id}-0`,
        webhookId: variant.webhookId,
        name: "Webhook",
        type: "n8n-nodes-base.webhook",
        typeVersion: 2,
        position: [0, 0],
        parameters: { httpMethod: "POST", path: variant.path, responseMode: "onReceived", options: {} },
      },
      {
        id: `${variant.id}-1`,
        name: "Rivya",
        type: "n8n-nodes-rivya.rivya",
        typeVersion: 1,
        position: [220, 0],
        credentials: { rivyaApi: credential },
        parameters: {
          resource: "generation",
          operation: "generate",
          model: "kling-v2-5-turbo-pro",
          prompt: "={{ $json.body.prompt }}",
          params_kling_v2_5_turbo_pro: { duration: "5" },
          options: { pollIntervalSeconds: 1 },
        },
      },
    ],
    connections: { Webhook: { main: [[{ node: "Rivya", type: "main", index: 0 }]] } },
  };
}

/** The queue test's trigger webhook id (production URL /webhook/<id>/webhook). */
export const queueTriggerWebhookId = "7d3e9b14-2c5a-4e8f-a1b6-9f0c8d2e4b35";

/** Rivya Trigger → No Operation. */
export function triggerOnFinished(credential: CredentialReference): Workflow {
  return {
    id: "queueTrigger",
    name: "queue: trigger",
    active: false,
    settings: { executionOrder: "v1" },
    nodes: [
      {
        id: "queue-trigger-0",
        webhookId: queueTriggerWebhookId,
        name: "Rivya Trigger",
        type: "n8n-nodes-rivya.rivyaTrigger",
        typeVersion: 1,
        position: [0, 0],
        parameters: { events: ["generation.succeeded", "generation.failed"], options: {} },
        credentials: { rivyaApi: credential },
      },
      {
        id: "queue-trigger-1",
        name: "Done",
        type: "n8n-nodes-base.noOp",
        typeVersion: 1,
        position: [220, 0],
        parameters: {},
      },
    ],
    connections: { "Rivya Trigger": { main: [[{ node: "Done", type: "main", index: 0 }]] } },
  };
}
