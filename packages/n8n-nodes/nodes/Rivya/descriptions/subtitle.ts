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
 * The canvas subtitle: the operation in words, plus the model for Generate ("Generate: kling-3-0").
 * An n8n expression, evaluated by the editor against the node's parameters.
 */
export const subtitle = `={{ (${JSON.stringify(labels)})[$parameter["resource"] + ":" + $parameter["operation"]] + ($parameter["operation"] === "generate" ? ": " + $parameter["model"] : "") }}`;
