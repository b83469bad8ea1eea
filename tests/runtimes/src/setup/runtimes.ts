// The runtimes of the matrix, each a binary from the npm registry, installed once per machine by
// tools/cached-install (a stamp under ${XDG_CACHE_HOME:-~/.cache}/rivya-kit/; it prints what it installs).
import { join } from "node:path";
import { ensureCachedNpmInstall } from "@rivya-kit/cached-install";

/** The lowest Node the core claims (`engines: ">=22.12"`); keep in step with tests/packaging. */
export const LOWEST_NODE = "22.12.0";

/** Pinned versions of the other runtimes (the newest the registry held on 2026-12-02). */
export const RUNTIME_PACKAGES = ["deno@2.9.6", "bun@1.4.5", "workerd@1.20261117.1"] as const;

/** Paths of the runtime binaries. */
export interface RuntimeBinaries {
  lowestNode: string;
  deno: string;
  bun: string;
  workerd: string;
}

function nodePackageName(): string {
  const os = { linux: "linux", darwin: "darwin", win32: "win" }[process.platform as string];
  const cpu = { x64: "x64", arm64: "arm64" }[process.arch as string];
  if (!os || !cpu) throw new Error(`no Node binary package for ${process.platform}/${process.arch}`);
  return `node-${os}-${cpu}`;
}

/** Installs what is missing (about 25 s and 400 MB the first time) and returns the binaries. */
export async function ensureRuntimes(log: (line: string) => void): Promise<RuntimeBinaries> {
  const nodePackage = nodePackageName();
  // Same name and package as tests/packaging uses, so both share one cached install.
  const lowest = await ensureCachedNpmInstall({
    name: `node-${LOWEST_NODE}`,
    packages: [`${nodePackage}@${LOWEST_NODE}`],
    log,
  });
  const others = await ensureCachedNpmInstall({ name: "js-runtimes", packages: RUNTIME_PACKAGES, log });
  const bin = (name: string) => join(others.dir, "node_modules", ".bin", name);
  return {
    lowestNode: join(lowest.dir, "node_modules", nodePackage, "bin", "node"),
    deno: bin("deno"),
    bun: bin("bun"),
    workerd: bin("workerd"),
  };
}
