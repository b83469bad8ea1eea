import { defineConfig } from "tsdown";

export default defineConfig({
  entry: { index: "src/index.ts", bin: "src/bin.ts" },
  format: ["esm", "cjs"],
  dts: true,
  // Maps point at the shipped src/ instead of embedding it (one copy of the sources per tarball).
  sourcemap: true,
  outputOptions: { sourcemapExcludeSources: true },
  clean: true,
  platform: "node",
  target: "node22.12",
});
