import type { INodeProperties } from "n8n-workflow";

/** The node's resources: what the user works with. */
export const resourceProperty: INodeProperties = {
  displayName: "Resource",
  name: "resource",
  type: "options",
  noDataExpression: true,
  options: [
    { name: "Generation", value: "generation", description: "Generate a video, image or audio" },
    { name: "File", value: "file", description: "Upload a reference file" },
    { name: "Account", value: "account", description: "Read your credit balance" },
    { name: "Model", value: "model", description: "Read the model catalog" },
  ],
  default: "generation",
};
