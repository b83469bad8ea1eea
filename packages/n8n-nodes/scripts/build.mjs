// Builds the package's dist/: one CommonJS bundle per node and credential (n8n requires them by
// path from package.json's `n8n` field), with the core's pure source compiled in, plus the icons
// and codex files n8n reads next to each node.
// zod stays an external `zod/v4` import: n8n ships zod and resolves it for community packages,
// and bundling zod would put its `globalThis` use into dist/, which n8n's lint rules forbid.
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// `--outdir <dir>`: build elsewhere (the end-to-end tests build straight into a throw-away n8n
// user folder, so they never race a concurrent lint or build over the shared dist/).
const outdirFlag = process.argv.indexOf("--outdir");
const dist = outdirFlag === -1 ? join(root, "dist") : resolve(process.argv[outdirFlag + 1] ?? "");

const entryPoints = [
  "nodes/Rivya/Rivya.node.ts",
  "nodes/RivyaTrigger/RivyaTrigger.node.ts",
  "credentials/RivyaApi.credentials.ts",
];

rmSync(dist, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints,
  outdir: dist,
  outbase: root,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // Resolve @rivya-kit/core to its TypeScript source (the same condition tests use); never the
  // `@rivya-kit/core/node` edge, which holds the timers and fs that n8n's rules ban.
  conditions: ["rivya-source"],
  external: ["n8n-workflow", "zod", "zod/*"],
  legalComments: "none",
  logLevel: "warning",
});

// Icons and codex files sit next to the compiled node, where n8n looks for them.
for (const folder of ["nodes/Rivya", "nodes/RivyaTrigger"]) {
  mkdirSync(join(dist, folder), { recursive: true });
  for (const file of readdirSync(join(root, folder))) {
    if (file.endsWith(".svg") || file.endsWith(".node.json")) {
      cpSync(join(root, folder, file), join(dist, folder, file));
    }
  }
}
