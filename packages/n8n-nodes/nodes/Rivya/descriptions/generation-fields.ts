import type { IDisplayOptions, INodeProperties } from "n8n-workflow";
import { modelOptions } from "./model-options";
import { modelParamProperties } from "./model-params";

const generate = { resource: ["generation"], operation: ["generate"] };
const byTaskId = { resource: ["generation"], operation: ["get", "wait"] };
const waits = { resource: ["generation"], operation: ["wait"] };

const downloadFields = (show: NonNullable<IDisplayOptions["show"]>): INodeProperties[] => [
  {
    displayName: "Download Result",
    name: "download",
    type: "boolean",
    default: true,
    displayOptions: { show },
    description:
      "Whether to download the result into a binary property (streamed, never held whole in memory). Off when the node runs as an AI tool: binary data cannot reach the agent, the result URLs can.",
  },
  {
    displayName: "Put Output File in Field",
    name: "binaryPropertyName",
    type: "string",
    default: "data",
    required: true,
    displayOptions: { show: { ...show, download: [true] } },
    hint: "The name of the output binary field to put the downloaded file in",
  },
];

const timingOptions: INodeProperties[] = [
  {
    displayName: "Poll Interval (Seconds)",
    name: "pollIntervalSeconds",
    type: "number",
    typeOptions: { minValue: 0, maxValue: 600 },
    default: 0,
    description:
      "Seconds between status checks. 0 (recommended) uses Rivya's guidance: a first check after 2–3 seconds, then growing intervals suited to the model.",
  },
  {
    displayName: "Timeout (Minutes)",
    name: "timeoutMinutes",
    type: "number",
    typeOptions: { minValue: 1, maxValue: 1440 },
    default: 30,
    description:
      "How long to wait for a generation before failing. The task keeps running on Rivya: the error carries its task ID, so use Generation → Wait to pick it up again.",
  },
];

const concurrencyOption: INodeProperties = {
  displayName: "Concurrency",
  name: "concurrency",
  type: "number",
  typeOptions: { minValue: 1, maxValue: 50 },
  default: 5,
  description: "How many items are processed at the same time",
};

/** The fields of Generation → Generate, Get and Wait. */
export const generationFields: INodeProperties[] = [
  {
    displayName: "Model",
    name: "model",
    type: "options",
    options: modelOptions(),
    default: "kling-3-0",
    required: true,
    displayOptions: { show: generate },
    description:
      "The Rivya model to run; search by name or ID. Video models come first; the credits shown are reserved when the task starts and refunded if it fails.",
  },
  {
    displayName: "Prompt",
    name: "prompt",
    type: "string",
    typeOptions: { rows: 4 },
    default: "",
    displayOptions: { show: generate },
    placeholder: "A drone shot over a foggy pine forest at sunrise",
    description: "What to generate. Most models require it; each model has its own maximum length.",
  },
  {
    displayName:
      "Each model has its own parameters: after switching the model, add the ones you need again (the previous model's values are not sent)",
    name: "paramsNotice",
    type: "notice",
    default: "",
    displayOptions: { show: generate },
  },
  ...modelParamProperties(generate),
  {
    displayName: "Reference Files",
    name: "referenceBinaryProperties",
    type: "string",
    default: "",
    displayOptions: { show: generate },
    placeholder: "e.g. data, image2",
    description:
      "Names of the input item's binary fields to upload as reference media, separated by commas, in order (for Kling, a second image becomes the last frame). The file type is read from the content. Leave empty for text-only generation.",
  },
  {
    displayName: "Task ID",
    name: "taskId",
    type: "string",
    default: "",
    required: true,
    displayOptions: { show: byTaskId },
    placeholder: "task_...",
    description: "The ID of the generation (the `taskId` output of Generate, or the trigger's)",
  },
  {
    displayName: "Wait for Completion",
    name: "waitForCompletion",
    type: "boolean",
    default: true,
    displayOptions: { show: generate },
    description:
      "Whether to wait until the generation has finished. Off: the node returns the task at once (ID, status, reserved credits); continue with Generation → Wait or the Rivya Trigger.",
  },
  ...downloadFields({ ...generate, waitForCompletion: [true] }),
  ...downloadFields(waits),
  {
    displayName: "Options",
    name: "options",
    type: "collection",
    placeholder: "Add Option",
    default: {},
    displayOptions: { show: generate },
    options: [
      concurrencyOption,
      {
        displayName: "Idempotency Key",
        name: "idempotencyKey",
        type: "string",
        default: "",
        description:
          "A key unique to this generation (an expression per item, e.g. a row ID). Re-running with the same key returns the original task instead of paying again. Empty: a key derived from this execution and item, so n8n's Retry reattaches. When an error says a task may exist (taskMayExist), set this to the error's idempotencyKey to get that task without a second charge.",
      },
      {
        displayName: "Maximum Credits",
        name: "maxCredits",
        type: "number",
        typeOptions: { minValue: 0 },
        default: 0,
        description:
          "Refuse the generation before anything is spent when it would cost more than this. 0: no limit.",
      },
      ...timingOptions,
    ],
  },
  {
    displayName: "Options",
    name: "options",
    type: "collection",
    placeholder: "Add Option",
    default: {},
    displayOptions: { show: waits },
    options: [concurrencyOption, ...timingOptions],
  },
  {
    displayName: "Options",
    name: "options",
    type: "collection",
    placeholder: "Add Option",
    default: {},
    displayOptions: { show: { resource: ["generation"], operation: ["get"] } },
    options: [concurrencyOption],
  },
];
