import {
  type IExecuteFunctions,
  type INodeExecutionData,
  type INodeType,
  type INodeTypeDescription,
  NodeConnectionTypes,
} from "n8n-workflow";
import { route } from "./actions/router";
import { fileFields } from "./descriptions/file-fields";
import { generationFields } from "./descriptions/generation-fields";
import { modelFields } from "./descriptions/model-fields";
import { operationProperties } from "./descriptions/operations";
import { resourceProperty } from "./descriptions/resource";
import { subtitle } from "./descriptions/subtitle";

/** Rivya: generate videos (Kling 3.0 and 36 more models), upload references, read credits and models. */
export class Rivya implements INodeType {
  description: INodeTypeDescription = {
    displayName: "Rivya",
    name: "rivya",
    icon: { light: "file:rivya.svg", dark: "file:rivya.dark.svg" },
    group: ["transform"],
    version: 1,
    subtitle,
    description:
      "Generate videos, images and audio with Rivya (Kling 3.0, Seedance, Veo, Sora and more), upload reference files, read credits and models",
    defaults: { name: "Rivya" },
    usableAsTool: true,
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main],
    credentials: [{ name: "rivyaApi", required: true }],
    properties: [
      resourceProperty,
      ...operationProperties,
      ...generationFields,
      ...fileFields,
      ...modelFields,
    ],
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    return [await route(this)];
  }
}
