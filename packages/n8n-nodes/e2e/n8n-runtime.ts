// The real n8n the end-to-end tests run: n8n 2.41.1 in e2e/n8n/, outside the pnpm workspace,
// installed from its committed package-lock.json with `npm ci` when missing or stale.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding n8n's package.json and package-lock.json. */
export const runtimeDir: string = fileURLToPath(new URL("./n8n/", import.meta.url));

/** n8n's command line script, run with the current Node (n8n 2.x needs Node ≥ 24). */
export const n8nBin: string = join(runtimeDir, "node_modules", "n8n", "bin", "n8n");

const stampFile = join(runtimeDir, "node_modules", ".rivya-e2e-stamp");

/** What the current install must match: the lockfile and the Node ABI native addons were built for. */
function expectedStamp(): string {
  const lock = readFileSync(join(runtimeDir, "package-lock.json"));
  const hash = createHash("sha256").update(lock).digest("hex");
  return `${hash} node-abi-${process.versions.modules}`;
}

/** Outcome of `ensureN8nInstalled`, for the timing report. */
export interface InstallReport {
  installed: boolean;
  durationMs: number;
}

/**
 * Installs n8n with `npm ci` unless a stamp shows the current lockfile is already installed for
 * this Node ABI. Fails loudly (never skips) when the install fails.
 */
export async function ensureN8nInstalled(log: (line: string) => void = () => {}): Promise<InstallReport> {
  const stamp = expectedStamp();
  if (existsSync(n8nBin) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) {
    return { installed: false, durationMs: 0 };
  }
  if (!process.env.npm_config_nodedir) {
    log("warning: npm_config_nodedir is not set; native addons (sqlite3) may be built for the wrong Node");
  }
  log(`installing n8n into ${runtimeDir} with npm ci (a few minutes)…`);
  const started = Date.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    // --prefer-offline: the lockfile pins every tarball by integrity, so cached ones need no
    // round trip to the registry (a re-install on a machine that installed n8n before is minutes faster).
    const child = spawn("npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], {
      cwd: runtimeDir,
      env: process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const keep = (chunk: Buffer): void => {
      output.push(chunk.toString());
      if (output.length > 200) output.shift();
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) {
    throw new Error(`npm ci of n8n failed (exit ${code}) in ${runtimeDir}:\n${output.join("").slice(-4000)}`);
  }
  writeFileSync(stampFile, stamp);
  const durationMs = Date.now() - started;
  log(`n8n installed in ${(durationMs / 1000).toFixed(0)} s`);
  return { installed: true, durationMs };
}
