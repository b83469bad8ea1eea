import { defineConfig } from "tsdown";

export default defineConfig({
  entry: { index: "src/index.ts", catalog: "src/catalog/index.ts", node: "src/node/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  platform: "node",
  target: "node20",
});
