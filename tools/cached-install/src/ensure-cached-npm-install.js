// Installs npm packages for tests once per machine, in a cache folder keyed by what is installed
// (the package specs or the lockfile's hash, plus an optional key such as the Node ABI), and reuses
// that folder on every later run and from every clone. A stamp written last marks a complete
// install; a half-finished one (killed run) is wiped and redone.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { cacheRoot } from "./cache-root.js";
import { withInstallLock } from "./install-lock.js";
import { assertRegistryReachable } from "./registry-preflight.js";
import { runNpmWithProgress } from "./run-npm-with-progress.js";

const STAMP = ".rivya-cached-install.json";

/**
 * npm options that make a dead registry fail in about a minute instead of twenty: a request that
 * hangs is dropped after 2 minutes and retried twice, quickly.
 */
export const NPM_FAIL_FAST_ARGS = [
  "--fetch-retries=2",
  "--fetch-retry-mintimeout=2000",
  "--fetch-retry-maxtimeout=10000",
  "--fetch-timeout=120000",
  "--no-audit",
  "--no-fund",
  "--no-update-notifier",
];

function describe(options) {
  if (options.lockfileDir) {
    const lock = readFileSync(join(options.lockfileDir, "package-lock.json"));
    const manifest = readFileSync(join(options.lockfileDir, "package.json"));
    return {
      what: `the lockfile of ${options.lockfileDir}`,
      hash: createHash("sha256")
        .update(lock)
        .update(manifest)
        .update(String(options.key ?? ""))
        .digest("hex"),
    };
  }
  const specs = options.packages ?? [];
  if (specs.length === 0) throw new Error("ensureCachedNpmInstall: give `packages` or `lockfileDir`");
  return {
    what: specs.join(" "),
    hash: createHash("sha256")
      .update(JSON.stringify([specs, options.key ?? ""]))
      .digest("hex"),
  };
}

function readStamp(dir, hash) {
  try {
    const stamp = JSON.parse(readFileSync(join(dir, STAMP), "utf8"));
    return stamp.hash === hash ? stamp : undefined;
  } catch {
    return undefined;
  }
}

function folderOf(options, hash) {
  return join(options.cacheRoot ?? cacheRoot(), `${options.name}-${hash.slice(0, 12)}`);
}

/**
 * The folder `ensureCachedNpmInstall(options)` installs into (known before installing).
 * @param {import("./index.js").CachedNpmInstallOptions} options
 */
export function cachedInstallDir(options) {
  return folderOf(options, describe(options).hash);
}

/**
 * @param {import("./index.js").CachedNpmInstallOptions} options
 * @returns {Promise<import("./index.js").CachedNpmInstall>}
 */
export async function ensureCachedNpmInstall(options) {
  const log = options.log ?? ((line) => console.error(`[cached-install] ${line}`));
  const { what, hash } = describe(options);
  const dir = folderOf(options, hash);
  const root = dirname(dir);
  const hit = readStamp(dir, hash);
  if (hit) {
    log(`${options.name}: using ${what} installed ${hit.installedAt} in ${dir}`);
    return { dir, installed: false, durationMs: 0 };
  }
  mkdirSync(root, { recursive: true });
  return withInstallLock(
    `${dir}.lock`,
    async () => {
      if (readStamp(dir, hash)) {
        log(`${options.name}: another process installed ${what} into ${dir}`);
        return { dir, installed: false, durationMs: 0 };
      }
      const started = Date.now();
      log(`${options.name}: installing ${what} into ${dir} (once per machine; later runs reuse it)`);
      assertRegistryReachable({ npm: options.npm, env: options.env });
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      let args;
      if (options.lockfileDir) {
        copyFileSync(join(options.lockfileDir, "package.json"), join(dir, "package.json"));
        copyFileSync(join(options.lockfileDir, "package-lock.json"), join(dir, "package-lock.json"));
        // --prefer-offline: the lockfile pins every tarball by integrity, so a cached one is safe.
        args = ["ci", "--prefer-offline"];
      } else {
        writeFileSync(join(dir, "package.json"), '{ "private": true }\n');
        args = ["install", "--no-save", "--no-package-lock", "--prefer-offline", ...options.packages];
      }
      await runNpmWithProgress([...args, ...NPM_FAIL_FAST_ARGS, ...(options.npmArgs ?? [])], {
        cwd: dir,
        label: options.name,
        log,
        npm: options.npm,
        env: options.env,
      });
      const durationMs = Date.now() - started;
      const installedAt = new Date().toISOString();
      writeFileSync(
        join(dir, STAMP),
        `${JSON.stringify({ hash, what, key: options.key ?? "", installedAt, durationMs }, null, 2)}\n`,
      );
      log(`${options.name}: installed ${what} in ${(durationMs / 1000).toFixed(0)} s`);
      return { dir, installed: true, durationMs };
    },
    log,
  );
}
