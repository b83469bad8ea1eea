import type { INodeProperties } from "n8n-workflow";

/** One `operation` dropdown per resource. */
export const operationProperties: INodeProperties[] = [
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: { show: { resource: ["generation"] } },
    options: [
      {
        name: "Generate",
        value: "generate",
        description: "Create a generation, optionally wait for it and download the result",
        action: "Generate media",
      },
      {
        name: "Get",
        value: "get",
        description: "Read a generation's status, result URLs and credits",
        action: "Get a generation",
      },
      {
        name: "Wait",
        value: "wait",
        description: "Wait until a generation has finished, optionally downloading the result",
        action: "Wait for a generation",
      },
    ],
    default: "generate",
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: { show: { resource: ["file"] } },
    options: [
      {
        name: "Upload",
        value: "upload",
        description: "Upload a binary property as a reference file and get its URL",
        action: "Upload a file",
      },
    ],
    default: "upload",
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: { show: { resource: ["account"] } },
    options: [
      {
        name: "Get Credits",
        value: "getCredits",
        description: "Read the account's current credit balance",
        action: "Get credits",
      },
    ],
    default: "getCredits",
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: { show: { resource: ["model"] } },
    options: [
      {
        name: "List",
        value: "list",
        description: "List the models with their credits and parameters",
        action: "List models",
      },
      { name: "Get", value: "get", description: "Read one model's details", action: "Get a model" },
    ],
    default: "list",
  },
];
