// The lowest Node every engines field claims runs the installed packages: the CLI (--version,
// models, generate), the emulator's bin, and the core's generate through import() and require().
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type InstalledEmulator, startInstalledEmulator } from "./setup/installed-emulator.js";
import { ENGINES_RANGE, ensureLowestNode, LOWEST_NODE } from "./setup/lowest-node.js";
import { runProcess } from "./setup/run-process.js";
import { publishablePackages } from "./setup/workspace.js";

const { project, tarballs } = inject("scratch");
const installed = (path: string) => join(project, "node_modules", path);
let node: string;
let emulator: InstalledEmulator;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  node = await ensureLowestNode((line) => console.log(`[packaging] ${line}`));
  emulator = await startInstalledEmulator(
    node,
    [installed("@rivya-kit/emulator/bin/rivya-emulator.js")],
    project,
  );
  env = {
    ...process.env,
    RIVYA_BASE_URL: emulator.url,
    RIVYA_API_KEY: emulator.apiKey,
    REFERENCE_IMAGE: installed("@rivya-kit/cli/assets/demo-reference.png"),
  };
});

afterAll(async () => {
  await emulator?.close();
});

describe(`Node ${LOWEST_NODE} (the lowest claimed)`, () => {
  it(`is what every library's engines field claims (${ENGINES_RANGE})`, async () => {
    expect((await runProcess(node, ["--version"], { cwd: project })).stdout.trim()).toBe(`v${LOWEST_NODE}`);
    for (const { name } of publishablePackages.filter((entry) => entry.name !== "n8n-nodes-rivya")) {
      const manifest = execFileSync("tar", ["-xzOf", tarballs[name]!, "package/package.json"], {
        encoding: "utf8",
      });
      expect((JSON.parse(manifest) as { engines: { node: string } }).engines.node, name).toBe(ENGINES_RANGE);
    }
  });

  it("runs rivya --version and rivya models", async () => {
    const rivya = installed("@rivya-kit/cli/bin/rivya.js");
    const version = await runProcess(node, [rivya, "--version"], { cwd: project });
    expect([version.code, version.stderr]).toEqual([0, ""]);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const models = await runProcess(node, [rivya, "models"], { cwd: project });
    expect(models.code, models.stderr).toBe(0);
    expect(models.stdout).toMatch(/kling-3-0/);
  });

  it("runs rivya generate against the emulator", async () => {
    const cwd = join(project, "node22-cli");
    mkdirSync(cwd);
    const run = await runProcess(
      node,
      [installed("@rivya-kit/cli/bin/rivya.js"), "generate", "-m", "kling-3-0", "-p", "A fox", "--json"],
      { cwd, env },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: "succeeded" });
    expect(readdirSync(join(cwd, "out")).filter((file) => file.endsWith(".mp4"))).toHaveLength(1);
  });

  it.each(["generate.mjs", "generate.cjs"])("runs the core's generate from %s", async (script) => {
    const out = join(project, `node22-${script}`);
    const run = await runProcess(node, [script], { cwd: project, env: { ...env, OUT_DIR: out } });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toMatchObject({ status: "succeeded" });
  });
});
