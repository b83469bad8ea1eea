// Bundles the Action into one ESM file per entry (main and post) plus shared chunks, the way the
// runner runs it.
// Deterministic: the same sources and lockfile give the same bytes (checked by scripts/check-dist.mjs).

import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const packageDirectory = fileURLToPath(new URL(".", import.meta.url));

/** Builds `dist/index.js` and `dist/post.js` into `outdir` (relative to this package). */
export async function buildAction(outdir = "dist") {
  // Start empty: chunk names carry content hashes, so an old chunk would otherwise linger.
  rmSync(path.resolve(packageDirectory, outdir), { recursive: true, force: true });
  await build({
    absWorkingDir: packageDirectory,
    entryPoints: { index: "src/index.ts", post: "src/post.ts" },
    bundle: true,
    platform: "node",
    target: "node24",
    format: "esm",
    // @actions/artifact (most of the bundle) is imported on demand and lands in its own chunk,
    // so a step that uploads nothing starts without parsing it.
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    outdir,
    outExtension: { ".js": ".js" },
    conditions: ["rivya-source"],
    legalComments: "none",
    charset: "utf8",
    // Some CJS dependencies call require() for Node built-ins; give the ESM bundle a require.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: "warning",
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildAction(process.argv[2]);
