import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["rivya-source"] },
  ssr: { resolve: { conditions: ["rivya-source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // These tests talk to real HTTP servers and child processes; CI runs every package's suite
    // at once on 2 cores, where a 10 MB upload can take longer than vitest's default 5 s.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
