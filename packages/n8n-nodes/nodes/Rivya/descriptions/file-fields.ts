import type { INodeProperties } from "n8n-workflow";
import { modelOptions } from "./model-options";

const upload = { resource: ["file"], operation: ["upload"] };

/** The fields of File → Upload. */
export const fileFields: INodeProperties[] = [
  {
    displayName: "Input Binary Field",
    name: "binaryPropertyName",
    type: "string",
    default: "data",
    required: true,
    displayOptions: { show: upload },
    hint: "The name of the input binary field containing the file to upload",
  },
  {
    displayName: "Kind",
    name: "kind",
    type: "options",
    options: [
      { name: "Detect From Content", value: "auto" },
      { name: "Image", value: "image" },
      { name: "Video", value: "video" },
      { name: "Audio", value: "audio" },
    ],
    default: "auto",
    displayOptions: { show: upload },
    description: "What the file is. Rivya checks the content signature, not the file name.",
  },
  {
    displayName: "Options",
    name: "options",
    type: "collection",
    placeholder: "Add Option",
    default: {},
    displayOptions: { show: upload },
    options: [
      {
        displayName: "For Model",
        name: "model",
        type: "options",
        options: modelOptions(),
        default: "kling-3-0",
        description: "Check the file against this model's limits (type, size) before and during the upload",
      },
      {
        displayName: "Concurrency",
        name: "concurrency",
        type: "number",
        typeOptions: { minValue: 1, maxValue: 50 },
        default: 5,
        description: "How many items are processed at the same time",
      },
    ],
  },
];
