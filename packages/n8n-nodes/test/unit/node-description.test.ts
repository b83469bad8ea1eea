import { readFileSync } from "node:fs";
import type { INodeProperties, INodePropertyOptions } from "n8n-workflow";
import { NodeHelpers } from "n8n-workflow";
import { describe, expect, it } from "vitest";
import { RivyaApi } from "../../credentials/RivyaApi.credentials";
import { creditsText } from "../../nodes/Rivya/descriptions/credits-text";
import { paramsParameterName } from "../../nodes/Rivya/descriptions/model-params";
import { paramLabel } from "../../nodes/Rivya/descriptions/param-label";
import { Rivya } from "../../nodes/Rivya/Rivya.node";
import { RivyaTrigger } from "../../nodes/RivyaTrigger/RivyaTrigger.node";

const node = new Rivya();
const properties = node.description.properties;

function paramsOf(modelId: string): INodeProperties[] {
  const collection = properties.find((property) => property.name === paramsParameterName(modelId));
  return (collection?.options ?? []) as INodeProperties[];
}

function field(modelId: string, key: string): INodeProperties {
  const found = paramsOf(modelId).find((property) => property.name === key);
  if (!found) throw new Error(`${modelId} has no ${key}`);
  return found;
}

describe("Generate's model dropdown", () => {
  const model = properties.find((property) => property.name === "model");
  const options = (model?.options ?? []) as INodePropertyOptions[];

  it("lists every catalog model, video first", () => {
    expect(options[0]?.value).toBe("kling-3-0");
    expect(options.map((option) => option.value)).toContain("kling-v2-5-turbo-pro");
    expect(options.length).toBeGreaterThanOrEqual(37);
  });

  it("is searchable by id and by name (n8n's dropdown search matches names only)", () => {
    const entry = options.find((option) => option.value === "kling-v2-5-turbo-pro");
    expect(entry?.name).toContain("kling-v2-5-turbo-pro");
    expect(entry?.name).toMatch(/^Kling/);
    expect(entry?.description).toBe("Video: 42 credits per generation, up to 2 reference files");
  });

  it("says 1 credit, not 1 credits", () => {
    expect(creditsText(1)).toBe("1 credit");
    expect(creditsText(0)).toBe("0 credits");
    expect(creditsText(90)).toBe("90 credits");
    for (const option of options) expect(String(option.description)).not.toMatch(/\b1 credits/);
  });
});

describe("model parameters", () => {
  it("has one Parameters collection per model, each named after its model", () => {
    const names = properties.filter((property) => property.name.startsWith("params_")).map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("params_kling_3_0");
    expect(names).toContain("params_kling_v2_5_turbo_pro");
  });

  it("labels params in Title Case from any key style", () => {
    expect(paramsOf("kling-3-0").map((property) => property.displayName)).toEqual([
      "Mode",
      "Multi Shots",
      "Duration",
      "Sound",
      "Aspect Ratio",
    ]);
    expect(field("kling-v2-5-turbo-pro", "cfg_scale").displayName).toBe("CFG Scale");
    expect(paramLabel("aspectRatio")).toBe("Aspect Ratio");
    expect(paramLabel("enable_prompt_expansion")).toBe("Enable Prompt Expansion");
  });

  it("makes false/true selects toggles", () => {
    expect(field("kling-3-0", "sound")).toMatchObject({ type: "boolean", default: false });
    expect(field("kling-3-0", "multi_shots")).toMatchObject({ type: "boolean", default: false });
  });

  it("gives numeric selects number values, so an expression yielding 10 matches an option", () => {
    const duration = field("kling-3-0", "duration");
    expect(duration.default).toBe(5);
    expect((duration.options as INodePropertyOptions[]).map((option) => option.value)).toEqual([
      3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ]);
    // n8n's editor compares strictly: "10" from text data would be marked "not supported".
    expect(duration.allowArbitraryValues).toBe(true);
    expect(field("kling-3-0", "aspect_ratio").default).toBe("16:9");
    expect(field("kling-3-0", "aspect_ratio").allowArbitraryValues).toBeUndefined();
  });

  it("never rounds or clamps a number the user types (cfg_scale 0.75 stays 0.75)", () => {
    const cfg = field("kling-v2-5-turbo-pro", "cfg_scale");
    expect(cfg.default).toBe(0.5);
    expect(cfg.typeOptions?.numberPrecision).toBeUndefined();
    expect(cfg.typeOptions?.maxValue).toBeUndefined();
    expect(cfg.description).toContain("Allowed: 0 to 1.");
  });

  it("explains each Kling param: what it does, the default, the API key", () => {
    for (const property of paramsOf("kling-3-0")) {
      expect(property.description, property.name).toMatch(/\w+.*\. .*Rivya's default: .+\. Sent as "/);
    }
    expect(field("kling-3-0", "mode").description).toMatch(/Standard \(std\).*Professional \(pro\)/);
    const collection = properties.find((property) => property.name === "params_kling_3_0");
    expect(collection?.description).toContain("90 credits per generation whatever the parameters");
  });

  it("drops the previous model's values after a model switch (n8n's own parameter resolution)", () => {
    const switched = NodeHelpers.getNodeParameters(
      properties,
      {
        resource: "generation",
        operation: "generate",
        model: "kling-v2-5-turbo-pro",
        params_kling_3_0: { duration: 15, sound: true },
        params_kling_v2_5_turbo_pro: { duration: 10 },
      },
      false,
      false,
      null,
      node.description,
    );
    expect(switched?.params_kling_3_0).toBeUndefined();
    expect(switched?.params_kling_v2_5_turbo_pro).toEqual({ duration: 10 });
  });
});

describe("what the node creator and canvas show", () => {
  const codex = (name: string) =>
    JSON.parse(readFileSync(new URL(`../../nodes/${name}/${name}.node.json`, import.meta.url), "utf8"));

  it("puts both nodes in non-AI categories (n8n hides AI-category nodes from search on an empty canvas)", () => {
    for (const name of ["Rivya", "RivyaTrigger"]) {
      const { categories, alias } = codex(name);
      expect(categories).not.toContain("AI");
      expect(categories).toContain("Marketing");
      expect(alias).toContain("kling");
    }
  });

  it("uses docs links without #anchors (n8n appends ?utm_… to them)", () => {
    for (const name of ["Rivya", "RivyaTrigger"]) {
      for (const links of Object.values(codex(name).resources) as { url: string }[][]) {
        for (const link of links) expect(link.url).not.toContain("#");
      }
    }
    expect(new RivyaApi().documentationUrl).not.toContain("#");
  });

  it("gives the action node its own description and readable subtitles", () => {
    expect(node.description.description).not.toBe(new RivyaTrigger().description.description);
    expect(node.description.description).toMatch(/^Generate/);
    expect(node.description.subtitle).toContain('"model:list":"List Models"');
    expect(node.description.subtitle).not.toContain("}}}");
  });
});
