// The workflows the end-to-end tests import into the real n8n. Node types are the real ones:
// n8n's Manual Trigger, Edit Fields (Set), Convert to File and Split Out, and this package's node.

export interface CredentialReference {
  id: string;
  name: string;
}

interface WorkflowNode {
  id: string;
  webhookId?: string;
  name: string;
  type: string;
  typeVersion: number;
  position: [number, number];
  parameters: Record<string, unknown>;
  credentials?: Record<string, CredentialReference>;
  onError?: "continueRegularOutput" | "stopWorkflow";
}

export interface Workflow {
  id: string;
  name: string;
  active: boolean;
  nodes: WorkflowNode[];
  connections: Record<string, { main: { node: string; type: "main"; index: number }[][] }>;
  settings: Record<string, unknown>;
}

function chain(id: string, name: string, nodes: Omit<WorkflowNode, "id" | "position">[]): Workflow {
  const placed = nodes.map((node, index) => ({
    ...node,
    id: `${id}-${index}`,
    position: [index * 220, 0] as [number, number],
  }));
  const connections: Workflow["connections"] = {};
  for (let index = 0; index < placed.length - 1; index++) {
    connections[placed[index]!.name] = {
      main: [[{ node: placed[index + 1]!.name, type: "main", index: 0 }]],
    };
  }
  return { id, name, active: false, nodes: placed, connections, settings: { executionOrder: "v1" } };
}

const manualTrigger = { name: "Start", type: "n8n-nodes-base.manualTrigger", typeVersion: 1, parameters: {} };

function setField(
  name: string,
  value: string,
  type: "string" | "array",
): Omit<WorkflowNode, "id" | "position"> {
  return {
    name: "Fields",
    type: "n8n-nodes-base.set",
    typeVersion: 3.4,
    parameters: {
      mode: "manual",
      assignments: { assignments: [{ id: "field-1", name, value, type }] },
      options: {},
    },
  };
}

function rivya(
  credential: CredentialReference,
  parameters: Record<string, unknown>,
  extra: Partial<WorkflowNode> = {},
): Omit<WorkflowNode, "id" | "position"> {
  return {
    name: "Rivya",
    type: "n8n-nodes-rivya.rivya",
    typeVersion: 1,
    parameters,
    credentials: { rivyaApi: credential },
    ...extra,
  };
}

/** (1) Manual Trigger → a PNG as binary → Generate kling-3-0 with it as reference, wait, download. */
export function imageToVideo(credential: CredentialReference, pngBase64: string): Workflow {
  return chain("e2eImageToVideo", "e2e: image to video", [
    manualTrigger,
    setField("image", pngBase64, "string"),
    {
      name: "To File",
      type: "n8n-nodes-base.convertToFile",
      typeVersion: 1.1,
      parameters: {
        operation: "toBinary",
        sourceProperty: "image",
        binaryPropertyName: "photo",
        options: { fileName: "reference.png", mimeType: "image/png" },
      },
    },
    rivya(credential, {
      resource: "generation",
      operation: "generate",
      model: "kling-3-0",
      prompt: "The subject of the photo turns towards the camera and smiles",
      params_kling_3_0: { duration: "5", aspect_ratio: "9:16" },
      referenceBinaryProperties: "photo",
    }),
  ]);
}

/** (2) Several items at once with kling-v2-5-turbo-pro. */
export function batch(credential: CredentialReference, prompts: string[], concurrency: number): Workflow {
  return chain("e2eBatch", "e2e: batch", [
    manualTrigger,
    setField("scenes", JSON.stringify(prompts), "array"),
    {
      name: "Split",
      type: "n8n-nodes-base.splitOut",
      typeVersion: 1,
      parameters: { fieldToSplitOut: "scenes", options: {} },
    },
    rivya(credential, {
      resource: "generation",
      operation: "generate",
      model: "kling-v2-5-turbo-pro",
      prompt: "={{ $json.scenes }}",
      params_kling_v2_5_turbo_pro: { duration: "5" },
      options: { concurrency },
    }),
  ]);
}

/** (3) A generation that fails on Rivya's side, with the node set to continue on fail. */
export function failingGeneration(credential: CredentialReference): Workflow {
  return chain("e2eFailing", "e2e: failing generation", [
    manualTrigger,
    rivya(
      credential,
      { resource: "generation", operation: "generate", model: "kling-3-0", prompt: "A scene that will fail" },
      { onError: "continueRegularOutput" },
    ),
  ]);
}

/** (4) Invalid params: a duration kling-3-0 does not offer. */
export function invalidParams(credential: CredentialReference): Workflow {
  return chain("e2eInvalid", "e2e: invalid params", [
    manualTrigger,
    rivya(credential, {
      resource: "generation",
      operation: "generate",
      model: "kling-3-0",
      prompt: "A dog on a skateboard",
      params_kling_3_0: { duration: "20" },
    }),
  ]);
}

/** The webhook id of the trigger workflow's node (its production URL is /webhook/<id>/webhook). */
export const triggerWebhookId = "5b0e8a3c-6d1f-4f5a-9c2e-7a4b1d9e0f21";

/** (6) Rivya Trigger → No Operation: activated through n8n's REST API. */
export function triggerWorkflow(credential: CredentialReference): Workflow {
  return chain("e2eTrigger", "e2e: trigger", [
    {
      name: "Rivya Trigger",
      type: "n8n-nodes-rivya.rivyaTrigger",
      typeVersion: 1,
      webhookId: triggerWebhookId,
      parameters: { events: ["generation.succeeded", "generation.failed"], options: {} },
      credentials: { rivyaApi: credential },
    },
    { name: "Done", type: "n8n-nodes-base.noOp", typeVersion: 1, parameters: {} },
  ]);
}
