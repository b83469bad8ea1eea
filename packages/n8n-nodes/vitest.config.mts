import { defineConfig } from "vitest/config";

const resolve = { conditions: ["rivya-source"] };

export default defineConfig({
  resolve,
  ssr: { resolve },
  test: {
    projects: [
      {
        resolve,
        ssr: { resolve },
        test: {
          name: "unit",
          include: ["shared/**/*.test.ts", "nodes/**/*.test.ts", "test/unit/**/*.test.ts"],
          setupFiles: ["test/setup/scaled-time.ts"],
          testTimeout: 20_000,
        },
      },
      {
        resolve,
        ssr: { resolve },
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          // Installing n8n (npm ci: about 3 minutes on an idle 2-core machine, 18 on a loaded one)
          // happens in beforeAll. One n8n CLI run takes 3–10 s idle, over a minute under heavy load.
          hookTimeout: 45 * 60_000,
          testTimeout: 10 * 60_000,
        },
      },
    ],
  },
});
