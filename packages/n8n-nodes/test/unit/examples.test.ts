import { readdirSync, readFileSync } from "node:fs";
import { getModel } from "@rivya-kit/core";
import { NodeHelpers } from "n8n-workflow";
import { describe, expect, it } from "vitest";
import { paramsParameterName } from "../../nodes/Rivya/descriptions/model-params";
import { Rivya } from "../../nodes/Rivya/Rivya.node";
import { RivyaTrigger } from "../../nodes/RivyaTrigger/RivyaTrigger.node";

const folder = new URL("../../examples/", import.meta.url);
const examples = readdirSync(folder).filter((file) => file.endsWith(".json"));
const descriptions = {
  "n8n-nodes-rivya.rivya": new Rivya().description,
  "n8n-nodes-rivya.rivyaTrigger": new RivyaTrigger().description,
};

interface ExampleNode {
  name: string;
  type: string;
  parameters: Record<string, unknown>;
}

describe("examples/", () => {
  it("holds the README's three workflows", () => {
    expect(examples.sort()).toEqual([
      "generate-video.json",
      "image-to-video-from-url.json",
      "on-generation-finished.json",
    ]);
  });

  it.each(examples)(
    "%s uses only parameters the nodes define, with models and params from the catalog",
    (file) => {
      const workflow = JSON.parse(readFileSync(new URL(file, folder), "utf8")) as { nodes: ExampleNode[] };
      const ours = workflow.nodes.filter((node) => node.type.startsWith("n8n-nodes-rivya."));
      expect(ours.length).toBeGreaterThan(0);
      for (const node of ours) {
        const description = descriptions[node.type as keyof typeof descriptions];
        expect(description, node.type).toBeDefined();
        const resolved = NodeHelpers.getNodeParameters(
          description.properties,
          node.parameters as never,
          true,
          false,
          null,
          description,
        );
        // Every parameter given is one the node shows for these settings (nothing silently dropped).
        for (const key of Object.keys(node.parameters))
          expect(Object.keys(resolved ?? {}), `${node.name}: ${key}`).toContain(key);
        const model = node.parameters.model as string | undefined;
        if (model) {
          const definition = getModel(model);
          expect(definition, model).toBeDefined();
          const name = paramsParameterName(model);
          const params = (node.parameters[name] as Record<string, unknown> | undefined) ?? {};
          expect(resolved?.[name] ?? {}, node.name).toEqual(params);
          const keys = definition?.params.map((param) => param.key) ?? [];
          for (const key of Object.keys(params)) expect(keys).toContain(key);
        }
      }
    },
  );
});
