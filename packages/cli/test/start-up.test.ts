// `rivya --help` must start within 80 ms of a bare `node` (bench/cli-start.mjs prints the times).
// Timing is too noisy on a shared CI machine to assert, so this checks what makes the time: which
// modules each command loads. The core (and zod), the emulator (hono, busboy) and the progress
// libraries (ora, cli-progress) cost 250+ ms and must load only where they are used.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/rivya.js", import.meta.url));
const hook = fileURLToPath(new URL("../scripts/record-loaded-modules.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "rivya-start-up-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The non-builtin modules `rivya …args` loads (stdout/stderr are not a terminal here). */
function loadedModules(args: string[]): string[] {
  const file = join(dir, `${args.join("_").replace(/\W/g, "")}.txt`);
  try {
    execFileSync(process.execPath, ["--import", hook, bin, ...args], {
      env: { ...process.env, RIVYA_LOADED_MODULES_FILE: file, RIVYA_API_KEY: "" },
      stdio: "ignore",
    });
  } catch {
    // a usage error (exit 2) still shows what was loaded
  }
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((url) => url.startsWith("file:"));
}

const heavy = {
  core: /packages\/core\/|@rivya-kit\/core\//,
  zod: /\/zod\//,
  emulator: /packages\/emulator\/|@rivya-kit\/emulator\/|\/hono\/|\/busboy\//,
  progress: /\/ora\/|\/cli-progress\//,
};

function heavyIn(urls: string[]): string[] {
  return Object.entries(heavy)
    .filter(([, pattern]) => urls.some((url) => pattern.test(url)))
    .map(([name]) => name);
}

describe("rivya start-up", () => {
  it.each([["--help"], ["--version"], []])(
    "`rivya %s` loads only commander and the CLI's own entry",
    (...args) => {
      const urls = loadedModules(args);
      expect(heavyIn(urls)).toEqual([]);
      // bin, run-cli chunk, package.json, commander's files: a dozen or so (was 300+ with eager imports)
      expect(urls.length).toBeLessThan(25);
    },
  );

  it("`rivya models` loads the catalog but no emulator or progress library", () => {
    const urls = loadedModules(["models"]);
    expect(heavyIn(urls)).toEqual(expect.not.arrayContaining(["emulator", "progress"]));
    expect(heavyIn(urls)).toContain("core");
  });

  it("`rivya estimate` off a terminal loads no emulator or progress library", () => {
    const urls = loadedModules(["estimate", "-m", "kling-3-0", "-p", "A fox"]);
    expect(heavyIn(urls)).toEqual(expect.not.arrayContaining(["emulator", "progress"]));
  });

  it("`rivya demo --help` is the command that loads the emulator", () => {
    expect(heavyIn(loadedModules(["demo", "--help"]))).toContain("emulator");
  });
});
