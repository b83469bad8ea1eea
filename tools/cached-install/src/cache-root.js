// Where machine-wide test downloads live: outside any clone, so a fresh clone on a warm machine
// reuses them, and under HOME, so a fresh HOME (a new machine) installs them again.
import { homedir } from "node:os";
import { join } from "node:path";

/** `${XDG_CACHE_HOME:-$HOME/.cache}/rivya-kit`, read from the environment at call time. */
export function cacheRoot(env = process.env) {
  const base = env.XDG_CACHE_HOME || join(env.HOME || homedir(), ".cache");
  return join(base, "rivya-kit");
}
