import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "tsdown";

/**
 * The declaration bundler keeps `import "zod/v4/mini";` as a bare import after erasing the zod types
 * it no longer needs (no public type mentions zod). A bare import still makes TypeScript load zod's
 * own declarations in every consumer, and under classic resolution (`moduleResolution: node10`,
 * `skipLibCheck: false`) zod's locale declarations fail to type-check without `esModuleInterop`.
 * tests/packaging type-checks a node10 consumer and fails if one comes back.
 */
function dropBareZodImportsFromDeclarations(outDir: string): void {
  for (const name of readdirSync(outDir)) {
    if (!/\.d\.[cm]ts$/.test(name)) continue;
    const file = join(outDir, name);
    const code = readFileSync(file, "utf8");
    const stripped = code.replace(/^import "zod[^"]*";\n/gm, "");
    if (stripped !== code) writeFileSync(file, stripped);
  }
}

export default defineConfig({
  entry: { index: "src/index.ts", catalog: "src/catalog/index.ts", node: "src/node/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  // Maps point at the shipped src/ instead of embedding it (one copy of the sources per tarball).
  sourcemap: true,
  outputOptions: { sourcemapExcludeSources: true },
  hooks: { "build:done": (context) => dropBareZodImportsFromDeclarations(context.options.outDir) },
  clean: true,
  platform: "node",
  target: "node22.12",
});
