// Generates the JSON Schema of video manifests (`schema/manifest.schema.json`, shipped in the
// package) from `spec/catalog.json`: model ids as an enum and each model's params, so editors
// complete and check `rivya.yaml` (YAML language server: `# yaml-language-server: $schema=…`).
//
//   node scripts/generate-manifest-schema.ts          write the file
//   node scripts/generate-manifest-schema.ts --check  exit 1 when it is stale (used by `lint`)
//
// Self-contained (no relative imports): Node runs it with type stripping; the test imports
// `renderManifestSchema` to prove the committed file is current.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

interface CatalogParam {
  key: string;
  type: "select" | "number" | "text" | "array";
  default?: string | number | boolean;
  options?: string[];
  min?: number;
  max?: number;
  step?: number;
  required?: boolean;
  note?: string;
}

interface CatalogModel {
  id: string;
  category: string;
  credits: number;
  params: CatalogParam[];
  apiStatus?: string;
}

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

export const schemaPaths: { catalogJson: string; schema: string } = {
  catalogJson: join(packageRoot, "..", "..", "spec", "catalog.json"),
  schema: join(packageRoot, "schema", "manifest.schema.json"),
};

function paramSchema(param: CatalogParam): Record<string, unknown> {
  const notes = [param.note, param.default === undefined ? undefined : `Default: ${String(param.default)}.`];
  const description = notes.filter(Boolean).join(" ") || undefined;
  if (param.type === "select") return { description, enum: param.options ?? [] };
  if (param.type === "number") {
    return { description, type: "number", minimum: param.min, maximum: param.max };
  }
  if (param.type === "array") return { description, type: "array" };
  return { description, type: "string" };
}

function paramsSchema(model: CatalogModel): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const param of model.params) properties[param.key] = paramSchema(param);
  return { type: "object", properties, description: `Params of ${model.id}.` };
}

/** A param key's schema when the model is not known where it is written (defaults, matrix). */
function anyModelParams(models: readonly CatalogModel[]): Record<string, unknown> {
  const keys = new Map<string, Set<string>>();
  for (const model of models) {
    for (const param of model.params) {
      if (!keys.has(param.key)) keys.set(param.key, new Set());
      keys.get(param.key)!.add(model.id);
    }
  }
  const properties: Record<string, unknown> = {};
  for (const [key, ids] of [...keys].sort(([left], [right]) => left.localeCompare(right))) {
    properties[key] = { description: `A param of ${[...ids].join(", ")}.` };
  }
  return { type: "object", properties };
}

/** The schema as committed (stable key order, two-space indent, final newline). */
export function renderManifestSchema(catalogText: string): string {
  const catalog = JSON.parse(catalogText) as { models: CatalogModel[] };
  const models = catalog.models.filter(
    (model) => model.apiStatus === undefined || model.apiStatus === "available",
  );
  const modelIds = models.map((model) => model.id);
  const modelProperty = {
    description: "A model id (see `rivya models`).",
    anyOf: [{ enum: modelIds }, { type: "string" }],
  };
  const paths = { type: "array", items: { type: "string", minLength: 1 } };
  const idPattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
  // Per model: when `model` is set on the video, its params are completed from that model.
  const perModel = models.map((model) => ({
    if: { properties: { model: { const: model.id } }, required: ["model"] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a promise.
    then: { properties: { params: { $ref: `#/$defs/params/${model.id}` } } },
  }));
  const schema = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://github.com/rivya-kit/rivya-kit/blob/main/packages/core/schema/manifest.schema.json",
    title: "Rivya video manifest (rivya.yaml)",
    description:
      "Declares the videos a repository wants; `rivya plan` shows what changes and costs, `rivya apply` generates only that and records it in rivya.lock.json.",
    type: "object",
    additionalProperties: false,
    required: ["videos"],
    properties: {
      $schema: { type: "string" },
      defaults: {
        description: "Settings every video inherits unless it sets its own.",
        type: "object",
        additionalProperties: false,
        properties: {
          model: modelProperty,
          params: { $ref: "#/$defs/anyParams" },
          images: { ...paths, description: "Reference images used when a video lists none." },
          out: {
            type: "string",
            description:
              "Output directory (ends with /: files are named <video id>.mp4) or file. Default: videos/",
          },
        },
      },
      budget: {
        type: "integer",
        minimum: 0,
        description: "Most credits one apply may spend; checked before anything is sent.",
      },
      concurrency: {
        type: "integer",
        minimum: 1,
        description: "Videos generated at the same time. Default: 4",
      },
      videos: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["id"],
          properties: {
            id: {
              type: "string",
              pattern: idPattern,
              description: "Stable name; the lock file is keyed by it.",
            },
            model: modelProperty,
            prompt: { type: "string", description: "The prompt text (or use prompt-file)." },
            "prompt-file": {
              type: "string",
              description: "A text file holding the prompt, relative to the manifest.",
            },
            params: { $ref: "#/$defs/anyParams" },
            images: {
              ...paths,
              description: "Reference images in order; the identity uses their content, not their names.",
            },
            matrix: {
              type: "object",
              description:
                'One video per combination: { aspect_ratio: ["9:16", "16:9"] } → <id>.9x16, <id>.16x9.',
              additionalProperties: {
                type: "array",
                minItems: 1,
                items: { type: ["string", "number", "boolean"] },
              },
            },
            out: { type: "string", description: "Output directory (ends with /) or file path." },
          },
          allOf: perModel,
        },
      },
    },
    $defs: {
      anyParams: anyModelParams(models),
      params: Object.fromEntries(models.map((model) => [model.id, paramsSchema(model)])),
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

function main(check: boolean): number {
  const expected = renderManifestSchema(readFileSync(schemaPaths.catalogJson, "utf8"));
  if (check) {
    let actual = "";
    try {
      actual = readFileSync(schemaPaths.schema, "utf8");
    } catch {
      // A missing file is stale.
    }
    if (actual === expected) return 0;
    console.error("schema/manifest.schema.json is stale: run `node scripts/generate-manifest-schema.ts`");
    return 1;
  }
  writeFileSync(schemaPaths.schema, expected);
  console.log(`wrote ${schemaPaths.schema}`);
  return 0;
}

if (import.meta.main) process.exitCode = main(process.argv.includes("--check"));
