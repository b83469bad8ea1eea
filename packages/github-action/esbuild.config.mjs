// Bundles the Action into one ESM file per entry (main and post), the way the runner runs it.
import { build } from "esbuild";

await build({
  entryPoints: { index: "src/index.ts", post: "src/post.ts" },
  bundle: true,
  platform: "node",
  target: "node24",
  format: "esm",
  outdir: "dist",
  outExtension: { ".js": ".js" },
  conditions: ["rivya-source"],
  legalComments: "none",
  // Some CJS dependencies call require() for Node built-ins; give the ESM bundle a require.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: "warning",
});
