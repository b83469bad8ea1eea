#!/usr/bin/env node
// Bench: what a minimal app costs its users in bytes, rivya-kit side by side with two peers.
// Each app is bundled in this one run the same way (esbuild, browser platform, ESM, minified) and
// gzipped at level 9:
// - rivya-kit "create + wait": createRivyaClient + generations.createAndWait (validation included);
// - rivya-kit "estimate only": estimateCredits over the whole 37-model catalog;
// - rivya-kit "model rules + estimate": validateModelRules + estimateCredits, a price page that
//   checks requests against every rule of the whole catalog (prompt, params, references) with the
//   same messages as validateRequest, trusting the request's shape to TypeScript: no zod;
// - rivya-kit "validate + estimate": validateRequest + estimateCredits, the same plus the request's
//   shape checked with zod (for untyped input);
// - @fal-ai/client 1.10.1: fal.subscribe (submit + poll);
// - replicate 1.4.0: replicate.run (create + poll).
// The "zod" column says whether zod is in the bundle. rivya-kit's budgets are enforced in CI by
// tests/runtimes (web-bundles.test.ts imports this file).
//
// Run: `node bench/bundle-size.mjs` (after `pnpm install`; no build needed: the core is bundled from
// source through its `rivya-source` export condition, the same code the build ships).
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

// The bench's dependencies (esbuild and the two peers, pinned) belong to tests/runtimes.
const testsDir = fileURLToPath(new URL("../tests/runtimes/", import.meta.url));
const { build } = createRequire(`${testsDir}package.json`)("esbuild");

const KB = 1024;

/**
 * rivya-kit's budgets, in gzipped bytes (issue 13: "create + wait" ≤ 30 KB, estimates with the whole
 * catalog and its validation ≤ 12 KB). "validate + estimate" guards against regressions only: zod is
 * 6.7 KB gz of its 15.5 KB (one zod object schema alone is 4.3 KB); without zod the same app is
 * 8.8 KB, so 12 KB cannot hold it with zod. "model rules + estimate" is that app without the
 * zod shape check: every catalog rule, the same messages.
 */
export const budgets = {
  "rivya-kit create + wait": 30 * KB,
  "rivya-kit estimate only": 12 * KB,
  "rivya-kit model rules + estimate": 12 * KB,
  "rivya-kit validate + estimate": 16 * KB,
};

/** The minimal apps, as their users would write them. */
export const apps = [
  {
    name: "rivya-kit create + wait",
    source: `import { createRivyaClient, fetchTransport } from "@rivya-kit/core";
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const client = createRivyaClient({ apiKey: "rvya_sk_…", fetch: fetchTransport(), sleep });
const task = await client.generations.createAndWait({ model: "kling-3-0", prompt: "A red fox in the snow" });
console.log(task.result?.primary_url);`,
  },
  {
    name: "rivya-kit estimate only",
    source: `import { estimateCredits } from "@rivya-kit/core";
console.log(estimateCredits({ model: "kling-3-0", params: { duration: 10 } }).total);`,
  },
  {
    name: "rivya-kit model rules + estimate",
    source: `import { estimateCredits, validateModelRules } from "@rivya-kit/core";
const request = { model: "kling-3-0", prompt: "A red fox in the snow", params: { duration: 10 } };
validateModelRules(request);
console.log(estimateCredits(request).total);`,
  },
  {
    name: "rivya-kit validate + estimate",
    source: `import { estimateCredits, validateRequest } from "@rivya-kit/core";
const request = { model: "kling-3-0", prompt: "A red fox in the snow", params: { duration: 10 } };
validateRequest(request);
console.log(estimateCredits(request).total);`,
  },
  {
    name: "@fal-ai/client 1.10.1 create + wait",
    source: `import { fal } from "@fal-ai/client";
fal.config({ credentials: "…" });
const result = await fal.subscribe("fal-ai/kling-video/v2.5-turbo/pro/text-to-video", { input: { prompt: "A red fox in the snow" } });
console.log(result.data);`,
  },
  {
    name: "replicate 1.4.0 create + wait",
    source: `import Replicate from "replicate";
const replicate = new Replicate({ auth: "…" });
const output = await replicate.run("kwaivgi/kling-v2.5-turbo-pro", { input: { prompt: "A red fox in the snow" } });
console.log(output);`,
  },
];

/**
 * Bundles every app and returns its sizes, and whether zod is in it.
 * @returns {Promise<{ name: string, minBytes: number, gzipBytes: number, zod: boolean, budget: number | undefined }[]>}
 */
export async function measureBundles() {
  const results = [];
  for (const app of apps) {
    const output = await build({
      stdin: { contents: app.source, resolveDir: testsDir, sourcefile: "app.mjs", loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      conditions: ["rivya-source"],
      write: false,
      metafile: true,
      logLevel: "error",
    });
    const code = output.outputFiles[0].contents;
    const inputs = Object.values(output.metafile.outputs).flatMap((file) => Object.keys(file.inputs));
    results.push({
      name: app.name,
      minBytes: code.length,
      gzipBytes: gzipSync(code, { level: 9 }).length,
      zod: inputs.some((input) => input.includes("node_modules/zod/")),
      budget: budgets[app.name],
    });
  }
  return results;
}

function printTable(results) {
  const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
  const rows = results.map((result) => [
    result.name,
    kb(result.minBytes),
    kb(result.gzipBytes),
    result.zod ? "yes" : "no",
    result.budget === undefined
      ? "—"
      : `≤ ${kb(result.budget)} ${result.gzipBytes <= result.budget ? "ok" : "OVER"}`,
  ]);
  const header = ["app (esbuild, browser, minified)", "minified", "gzip -9", "zod", "budget (gzip)"];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  for (const row of [header, ...rows]) {
    console.log(
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
        .join("  "),
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = await measureBundles();
  printTable(results);
  const over = results.filter((result) => result.budget !== undefined && result.gzipBytes > result.budget);
  if (over.length > 0) {
    console.error(`over budget: ${over.map((result) => result.name).join(", ")}`);
    process.exitCode = 1;
  }
}
