import type { INodeProperties } from "n8n-workflow";
import { modelOptions } from "./model-options";

/** The fields of Model → List and Model → Get. */
export const modelFields: INodeProperties[] = [
  {
    displayName: "Category",
    name: "category",
    type: "options",
    options: [
      { name: "All", value: "all" },
      { name: "Video", value: "video" },
      { name: "Image", value: "image" },
      { name: "Audio", value: "audio" },
    ],
    default: "all",
    displayOptions: { show: { resource: ["model"], operation: ["list"] } },
    description: "Only models of this category",
  },
  {
    displayName: "Model",
    name: "modelId",
    type: "options",
    options: modelOptions(),
    default: "kling-3-0",
    required: true,
    displayOptions: { show: { resource: ["model"], operation: ["get"] } },
    description: "The model to describe",
  },
];
