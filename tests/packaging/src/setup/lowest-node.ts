// The lowest Node the packages claim (`engines: ">=22.12"`), from the npm registry's
// node-<os>-<cpu> packages, installed once per machine by tools/cached-install.
import { join } from "node:path";
import { ensureCachedNpmInstall } from "@rivya-kit/cached-install";

/** Keep in step with every publishable package's `engines.node` and the README. */
export const LOWEST_NODE = "22.12.0";

/** The `engines.node` range that LOWEST_NODE is the bottom of. */
export const ENGINES_RANGE = ">=22.12";

function nodePackageName(): string {
  const os = { linux: "linux", darwin: "darwin", win32: "win" }[process.platform as string];
  const cpu = { x64: "x64", arm64: "arm64" }[process.arch as string];
  if (!os || !cpu) throw new Error(`no Node binary package for ${process.platform}/${process.arch}`);
  return `node-${os}-${cpu}`;
}

/** The path of the lowest supported Node's binary (installed on first use). */
export async function ensureLowestNode(log: (line: string) => void): Promise<string> {
  const name = nodePackageName();
  const { dir } = await ensureCachedNpmInstall({
    name: `node-${LOWEST_NODE}`,
    packages: [`${name}@${LOWEST_NODE}`],
    log,
  });
  const packageDir = join(dir, "node_modules", name);
  return process.platform === "win32" ? join(packageDir, "node.exe") : join(packageDir, "bin", "node");
}
