import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderManifestSchema, schemaPaths } from "../../scripts/generate-manifest-schema.js";

describe("schema/manifest.schema.json", () => {
  const text = readFileSync(schemaPaths.schema, "utf8");

  it("is generated from spec/catalog.json and up to date (node scripts/generate-manifest-schema.ts)", () => {
    expect(text).toBe(renderManifestSchema(readFileSync(schemaPaths.catalogJson, "utf8")));
  });

  it("completes model ids and each model's params", () => {
    const schema = JSON.parse(text);
    const video = schema.properties.videos.items;
    expect(video.properties.model.anyOf[0].enum).toContain("kling-3-0");
    const kling = video.allOf.find(
      (rule: { if: { properties: { model: { const: string } } } }) =>
        rule.if.properties.model.const === "kling-3-0",
    );
    expect(kling.then.properties.params.$ref).toBe("#/$defs/params/kling-3-0");
    expect(schema.$defs.params["kling-3-0"].properties.duration.enum).toContain("10");
    expect(schema.$defs.params["kling-v2-5-turbo-pro"].properties.cfg_scale).toMatchObject({
      minimum: 0,
      maximum: 1,
    });
  });
});
