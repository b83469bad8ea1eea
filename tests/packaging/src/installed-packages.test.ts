// The installed tarballs work as a user would use them: every entry through import() and
// require(), the core's generate with a reference image (ESM and CJS) and the `rivya` bin, all
// against an emulator started from the installed emulator's own bin.
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type InstalledEmulator, startInstalledEmulator } from "./setup/installed-emulator.js";
import { runProcess } from "./setup/run-process.js";

const { project } = inject("scratch");
const bin = (name: string) => join(project, "node_modules", ".bin", name);
let emulator: InstalledEmulator;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  emulator = await startInstalledEmulator(bin("rivya-emulator"), [], project);
  copyFileSync(
    join(project, "node_modules", "@rivya-kit", "cli", "assets", "demo-reference.png"),
    join(project, "reference.png"),
  );
  env = {
    ...process.env,
    RIVYA_BASE_URL: emulator.url,
    RIVYA_API_KEY: emulator.apiKey,
    REFERENCE_IMAGE: join(project, "reference.png"),
  };
});

afterAll(async () => {
  await emulator?.close();
});

function mp4sIn(dir: string): string[] {
  return readdirSync(dir).filter((file) => file.endsWith(".mp4") && statSync(join(dir, file)).size > 0);
}

describe("installed tarballs", () => {
  it("import() and require() load every entry with its exports", async () => {
    const esm = await runProcess(process.execPath, ["imports.mjs"], { cwd: project });
    expect(esm.stderr).toBe("");
    const esmExports = JSON.parse(esm.stdout) as Record<string, string[]>;
    expect(esmExports["@rivya-kit/core/node"]).toEqual(
      expect.arrayContaining(["generate", "createRivyaClient"]),
    );
    expect(esmExports["@rivya-kit/core/catalog"]).toEqual(
      expect.arrayContaining(["getModel", "estimateCredits"]),
    );
    expect(esmExports["@rivya-kit/emulator"]).toContain("startEmulator");
    expect(esmExports["@rivya-kit/cli"]).toContain("runCli");
    const cjs = await runProcess(process.execPath, ["imports.cjs"], { cwd: project });
    expect(cjs.stderr).toBe("");
    const cjsExports = JSON.parse(cjs.stdout) as Record<string, string[]>;
    for (const entry of Object.keys(cjsExports)) expect(cjsExports[entry]).toEqual(esmExports[entry]);
  });

  it.each(["generate.mjs", "generate.cjs"])("%s generates with a reference image", async (script) => {
    const out = join(project, `out-${script}`);
    const run = await runProcess(process.execPath, [script], { cwd: project, env: { ...env, OUT_DIR: out } });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toMatchObject({ status: "succeeded", taskId: expect.any(String) });
    expect(mp4sIn(out)).toHaveLength(1);
  });

  it("rivya --help lists the commands", async () => {
    const help = await runProcess(bin("rivya"), ["--help"], { cwd: project });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/generate .*\n[\s\S]*demo /);
  });

  it("rivya generate with --image saves the video", async () => {
    const cwd = join(project, "cli-generate");
    mkdirSync(cwd);
    const run = await runProcess(
      bin("rivya"),
      [
        "generate",
        "-m",
        "kling-3-0",
        "-p",
        "The waves roll in",
        "--image",
        env["REFERENCE_IMAGE"]!,
        "--json",
      ],
      { cwd, env },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: "succeeded" });
    expect(mp4sIn(join(cwd, "out"))).toHaveLength(1);
  });

  it("rivya demo writes two videos into the current directory", async () => {
    const cwd = join(project, "cli-demo");
    mkdirSync(cwd);
    const { RIVYA_API_KEY: _key, RIVYA_BASE_URL: _url, ...noKey } = env;
    const run = await runProcess(bin("rivya"), ["demo", "--speed", "200"], { cwd, env: noKey });
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(cwd, "out"))).toBe(true);
    expect(mp4sIn(join(cwd, "out"))).toHaveLength(2);
  });
});
