import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["rivya-source"] },
  ssr: { resolve: { conditions: ["rivya-source"] } },
  test: {
    include: ["src/**/*.test.ts"],
    // The first run installs deno, bun, workerd and Node 22 (about 25 s here); later runs reuse them.
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
