import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["rivya-source"] },
  ssr: { resolve: { conditions: ["rivya-source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["test/harness/build-once.ts"],
    testTimeout: 30_000,
  },
});
