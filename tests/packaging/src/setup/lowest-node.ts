// The lowest Node the packages claim (`engines: ">=22.12"`), from the npm registry's
// node-<os>-<cpu> packages, installed once per machine by tools/cached-install.
import { ensureCachedNode } from "@rivya-kit/cached-install";

/** Keep in step with every publishable package's `engines.node` and the README. */
export const LOWEST_NODE = "22.12.0";

/** The `engines.node` range that LOWEST_NODE is the bottom of. */
export const ENGINES_RANGE = ">=22.12";

/** The path of the lowest supported Node's binary (installed on first use). */
export async function ensureLowestNode(log: (line: string) => void): Promise<string> {
  return (await ensureCachedNode({ version: LOWEST_NODE, log })).node;
}
