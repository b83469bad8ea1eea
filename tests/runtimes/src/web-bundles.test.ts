// The root entry bundles for the browser and for a neutral (runtime-agnostic) platform with no Node
// built-in anywhere in its graph, and the minimal apps stay within their size budgets.
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
// @ts-expect-error a plain .mjs bench script, without type declarations
import { measureBundles } from "../../../bench/bundle-size.mjs";

const wholeRootEntry = 'export * from "@rivya-kit/core";';

// `source`: the TypeScript through the `rivya-source` condition; `dist`: the built files users get
// (turbo builds the core before this package's tests).
async function bundleRootEntry(platform: "browser" | "neutral", from: "source" | "dist") {
  const result = await build({
    stdin: { contents: wholeRootEntry, resolveDir: import.meta.dirname, loader: "js" },
    bundle: true,
    format: "esm",
    platform,
    // neutral has no default main fields; zod and the core resolve through `exports` anyway.
    mainFields: ["module", "main"],
    conditions: from === "source" ? ["rivya-source"] : [],
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const inputs = Object.keys(result.metafile.inputs);
  const imports = Object.values(result.metafile.outputs).flatMap((output) =>
    output.imports.map((entry) => entry.path),
  );
  return { inputs, imports, code: result.outputFiles[0]?.text ?? "" };
}

describe("bundles of @rivya-kit/core", () => {
  for (const [platform, from] of [
    ["browser", "source"],
    ["neutral", "source"],
    ["browser", "dist"],
    ["neutral", "dist"],
  ] as const) {
    it(`builds from ${from} for --platform=${platform} with no Node built-in`, async () => {
      const bundle = await bundleRootEntry(platform, from);
      const expected =
        from === "source" ? "packages/core/src/webhooks/verify-webhook.ts" : "packages/core/dist/";
      expect(bundle.inputs.some((input) => input.includes(expected))).toBe(true);
      expect(bundle.code).toContain("webhook signature matches none of the given secrets");
      expect(bundle.imports).toEqual([]);
      expect(bundle.code).not.toMatch(/\bnode:[a-z]/);
      expect(bundle.code).not.toMatch(/require\(["'](crypto|fs|http|https|stream|timers)["']\)/);
    });
  }

  it("keeps the minimal apps within their budgets (bench/bundle-size.mjs)", async () => {
    const results: { name: string; gzipBytes: number; zod: boolean; budget: number | undefined }[] =
      await measureBundles();
    console.log(
      results.map((result) => `${result.name}: ${(result.gzipBytes / 1024).toFixed(1)} KB gz`).join("\n"),
    );
    const budgeted = results.filter((result) => result.budget !== undefined);
    expect(budgeted.map((result) => [result.name, result.zod])).toEqual([
      ["rivya-kit create + wait", true],
      ["rivya-kit estimate only", false],
      // Every catalog rule without zod: the 12 KB budget holds estimates with validation.
      ["rivya-kit model rules + estimate", false],
      ["rivya-kit validate + estimate", true],
    ]);
    for (const result of budgeted) {
      expect(result.gzipBytes, `${result.name} (budget ${result.budget} bytes gz)`).toBeLessThanOrEqual(
        result.budget as number,
      );
    }
  });
});
