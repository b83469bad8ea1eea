// The runtimes of the matrix, each a binary from the npm registry, installed once per machine by
// tools/cached-install (a stamp under ${XDG_CACHE_HOME:-~/.cache}/rivya-kit/; it prints what it installs).
import { join } from "node:path";
import { ensureCachedNode, ensureCachedNpmInstall } from "@rivya-kit/cached-install";

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

/** Installs what is missing (about 25 s and 400 MB the first time) and returns the binaries. */
export async function ensureRuntimes(log: (line: string) => void): Promise<RuntimeBinaries> {
  // The same Node install as tests/packaging's (one per version and machine).
  const lowest = await ensureCachedNode({ version: LOWEST_NODE, log });
  const others = await ensureCachedNpmInstall({ name: "js-runtimes", packages: RUNTIME_PACKAGES, log });
  const bin = (name: string) => join(others.dir, "node_modules", ".bin", name);
  return {
    lowestNode: lowest.node,
    deno: bin("deno"),
    bun: bin("bun"),
    workerd: bin("workerd"),
  };
}
