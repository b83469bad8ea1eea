import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { packageDirectory } from "./harness/action-defaults.js";

const run = promisify(execFile);
const script = path.join(packageDirectory, "scripts/check-dist.mjs");

async function check(directory?: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, directory ? [script, directory] : [script]);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: failure.stdout + failure.stderr };
  }
}

describe("committed dist/", { timeout: 30_000 }, () => {
  it("is byte-identical to a fresh build of the sources (the runner executes dist/)", async () => {
    const result = await check();
    expect(result.output).toContain("dist/ matches a fresh build");
    expect(result.code).toBe(0);
  });

  it("is reported stale when a file differs from the fresh build or is no longer built", async () => {
    // A copy of the committed bundle (checked against a fresh build by the test above), edited.
    const copy = mkdtempSync(path.join(tmpdir(), "rivya-stale-dist-"));
    cpSync(path.join(packageDirectory, "dist"), copy, { recursive: true });
    writeFileSync(
      path.join(copy, "post.js"),
      `${readFileSync(path.join(copy, "post.js"), "utf8")}\n// edited by hand\n`,
    );
    writeFileSync(path.join(copy, "chunks", "chunk-OLD.js"), "export {};\n");
    const result = await check(copy);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/^dist\/ is stale: .*chunks\/chunk-OLD\.js \(no longer built\)/);
    expect(result.output).toMatch(/^dist\/ is stale: .*\bpost\.js\b.* differ from a fresh build/);
  });
});
