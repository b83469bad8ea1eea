// A TypeScript project using the installed packages type-checks under every module resolution
// users have (node10 = "module": "commonjs" in older repos), with skipLibCheck off, and attw finds
// no problem under any of them.
import { fileURLToPath } from "node:url";
import { describe, expect, inject, it } from "vitest";
import { runProcess } from "./setup/run-process.js";

const { project, tarballs } = inject("scratch");
const binDir = fileURLToPath(new URL("../node_modules/.bin/", import.meta.url));

describe("TypeScript consumers", () => {
  it.each(["node10", "node16", "bundler"])("type-check with moduleResolution %s", async (mode) => {
    const run = await runProcess(`${binDir}tsc`, ["-p", `tsconfig.${mode}.json`], { cwd: project });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  // The CLI's library entry is ESM only (Node ≥ 22.12 can require() it); the bins are not entries.
  const options: Record<string, string[]> = {
    "@rivya-kit/core": [],
    "@rivya-kit/emulator": [],
    "@rivya-kit/cli": ["--ignore-rules", "cjs-resolves-to-esm"],
  };
  it.each(Object.keys(options))("attw finds no problem in %s under any resolution", async (name) => {
    const run = await runProcess(
      `${binDir}attw`,
      [tarballs[name]!, "--format", "table-flipped", ...options[name]!],
      {
        cwd: project,
      },
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
  });
});
