const labels: Readonly<Record<string, string>> = {
  "generation:generate": "Generate",
  "generation:get": "Get Generation",
  "generation:wait": "Wait for Generation",
  "file:upload": "Upload File",
  "account:getCredits": "Get Credits",
  "model:list": "List Models",
  "model:get": "Get Model",
};

/**
 * The canvas subtitle: the operation in words, or for Generate the model ("kling-3-0"; the canvas
 * cuts subtitles at about 25 characters, and the node's default name already says "Generate").
 * An n8n expression, evaluated by the editor against the node's parameters.
 */
export const subtitle = `={{ $parameter["operation"] === "generate" ? $parameter["model"] : (${JSON.stringify(labels)})[$parameter["resource"] + ":" + $parameter["operation"]] }}`;
