import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type CatalogFile,
  displayNames,
  paths,
  referenceAlternatives,
  renderModelsData,
  renderReadme,
} from "../../scripts/generate-catalog.js";
import { createCatalog, defaultCatalog, getModel, listModels } from "./catalog.js";
import { models } from "./models.js";

const catalogJson = JSON.parse(readFileSync(paths.catalogJson, "utf8")) as CatalogFile;

describe("the built-in catalog", () => {
  it("holds every model of spec/catalog.json, field by field, in the same order", () => {
    expect(models.map((model) => model.id)).toEqual(catalogJson.models.map((model) => model.id));
    catalogJson.models.forEach((source, index) => {
      const model = models[index] as unknown as Record<string, unknown>;
      const added = ["displayName", ...(referenceAlternatives[source.id] ? ["referenceAlternatives"] : [])];
      expect(Object.keys(model).sort(), source.id).toEqual([...Object.keys(source), ...added].sort());
      for (const [field, value] of Object.entries(source)) {
        expect(model[field], `${source.id}.${field}`).toEqual(value);
      }
      expect(model["displayName"], `${source.id}.displayName`).toBe(displayNames[source.id]);
      expect(model["referenceAlternatives"], `${source.id}.referenceAlternatives`).toEqual(
        referenceAlternatives[source.id],
      );
    });
  });

  it("spec/catalog.json is the team's shared copy (when the shared folder is present)", () => {
    const shared = join(paths.catalogJson, "..", "..", "..", "shared", "rivya", "catalog.json");
    if (!existsSync(shared)) return;
    expect(readFileSync(paths.catalogJson, "utf8")).toBe(readFileSync(shared, "utf8"));
  });

  it("the generated data module and the README table are up to date (run `pnpm generate`)", () => {
    expect(readFileSync(paths.modelsData, "utf8")).toBe(renderModelsData(catalogJson));
    const readme = readFileSync(paths.readme, "utf8");
    expect(readme).toBe(renderReadme(readme, catalogJson));
  });

  it("has 37 models: 22 video, 9 image, 6 audio, each with a distinct display name", () => {
    expect(models).toHaveLength(37);
    expect(listModels({ category: "video" })).toHaveLength(22);
    expect(listModels({ category: "image" })).toHaveLength(9);
    expect(listModels({ category: "audio" })).toHaveLength(6);
    const names = models.map((model) => model.displayName);
    expect(new Set(names).size).toBe(37);
    expect(names.every((name) => name.trim() !== "" && name !== undefined)).toBe(true);
  });

  it("describes kling-3-0 exactly as the project started from it", () => {
    const kling = getModel("kling-3-0")!;
    expect(kling).toMatchObject({ displayName: "Kling 3.0", credits: 90, billing: "FIXED", promptMax: 2000 });
    const byKey = Object.fromEntries(kling.params.map((param) => [param.key, param]));
    expect(byKey["mode"]).toMatchObject({ options: ["std", "pro"], default: "pro" });
    expect(byKey["multi_shots"]).toMatchObject({ options: ["false", "true"], default: "false" });
    expect(byKey["duration"]?.options).toEqual(Array.from({ length: 13 }, (_, index) => String(index + 3)));
    expect(byKey["duration"]?.default).toBe("5");
    expect(byKey["sound"]?.options).toEqual(["false", "true"]);
    expect(byKey["aspect_ratio"]?.options).toEqual(["16:9", "9:16", "1:1"]);
    expect(kling.references).toMatchObject({ maxFiles: 2, kinds: ["image"] });
  });

  it("describes kling-v2-5-turbo-pro exactly as the project started from it", () => {
    const kling = getModel("kling-v2-5-turbo-pro")!;
    expect(kling).toMatchObject({ displayName: "Kling V2.5 Turbo Pro", credits: 42, promptMax: 2500 });
    expect(kling.params.map((param) => param.key)).toEqual([
      "duration",
      "aspect_ratio",
      "negative_prompt",
      "cfg_scale",
    ]);
    expect(kling.params[0]?.options).toEqual(["5", "10"]);
    expect(kling.params[3]).toMatchObject({ type: "number", min: 0, max: 1, default: 0.5 });
    expect(kling.references?.maxFiles).toBe(2);
    expect(kling.references?.rule).toContain("last");
  });
});

describe("catalog lookups", () => {
  it("lists video first, then image, then audio, keeping the catalog order inside each", () => {
    const categories = listModels().map((model) => model.category);
    expect(categories.indexOf("image")).toBe(22);
    expect(categories.lastIndexOf("video")).toBe(21);
    expect(categories.indexOf("audio")).toBe(31);
    expect(listModels()[0]?.id).toBe("kling-3-0");
  });

  it("returns undefined for an id it does not know", () => {
    expect(getModel("kling-9-9")).toBeUndefined();
    expect(defaultCatalog.has("kling-3-0")).toBe(true);
    expect(defaultCatalog.has("kling-9-9")).toBe(false);
  });

  it("builds a catalog from given models, sorted video first; a later duplicate id wins", () => {
    const audio = getModel("suno-music")!;
    const video = getModel("sora-2")!;
    const catalog = createCatalog([audio, video, { ...video, credits: 7 }]);
    expect(catalog.models.map((model) => model.id)).toEqual(["sora-2", "suno-music"]);
    expect(catalog.get("sora-2")?.credits).toBe(7);
    expect(listModels({ catalog, category: "audio" }).map((model) => model.id)).toEqual(["suno-music"]);
    expect(getModel("kling-3-0", catalog)).toBeUndefined();
  });
});
