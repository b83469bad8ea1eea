// The real n8n the end-to-end tests run: n8n 2.41.1 from e2e/n8n/'s committed package-lock.json,
// installed with `npm ci` once per machine into ${XDG_CACHE_HOME:-~/.cache}/rivya-kit/n8n-2.41.1-<hash>
// (tools/cached-install: keyed by the lockfile and the Node ABI its native addons are built for;
// a stamp, progress every 15 s, and a fail-fast registry check first).
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type CachedNpmInstallOptions,
  cachedInstallDir,
  ensureCachedNpmInstall,
} from "../../../tools/cached-install/src/index.js";

/** The folder holding n8n's package.json and package-lock.json (the source of the install). */
export const runtimeDir: string = fileURLToPath(new URL("./n8n/", import.meta.url));

const installOptions: CachedNpmInstallOptions = {
  name: "n8n-2.41.1",
  lockfileDir: runtimeDir,
  key: `node-abi-${process.versions.modules}`,
};

/** Where n8n is installed (outside the clone, shared by every clone on this machine). */
export const installDir: string = cachedInstallDir(installOptions);

/** n8n's command line script, run with the current Node (n8n 2.x needs Node ≥ 24). */
export const n8nBin: string = join(installDir, "node_modules", "n8n", "bin", "n8n");

/** Outcome of `ensureN8nInstalled`, for the timing report. */
export interface InstallReport {
  installed: boolean;
  durationMs: number;
}

/**
 * Installs n8n with `npm ci` unless the cache folder's stamp shows this lockfile is installed for
 * this Node ABI. Fails loudly (never skips) when the registry is unreachable or the install fails.
 */
export async function ensureN8nInstalled(log: (line: string) => void = () => {}): Promise<InstallReport> {
  if (!process.env["npm_config_nodedir"]) {
    log("warning: npm_config_nodedir is not set; native addons (sqlite3) may be built for the wrong Node");
  }
  const { installed, durationMs } = await ensureCachedNpmInstall({ ...installOptions, log });
  return { installed, durationMs };
}
