import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    globalSetup: ["src/setup/global-setup.ts"],
    // npm install of the tarballs (a cold npm cache downloads zod, hono, ora, …) and real
    // processes (emulator, CLI, tsc, attw) on a 2-core machine that runs every package's suite.
    hookTimeout: 10 * 60_000,
    testTimeout: 4 * 60_000,
  },
});
