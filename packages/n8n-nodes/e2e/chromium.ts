// Debian's chromium for the real-editor test, installed with apt-get when missing (the way a
// fresh machine or CI gets it). Never skipped: when it cannot be installed, the error says how.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Where Debian's `chromium` package puts the browser. */
export const chromiumPath = "/usr/bin/chromium";

/**
 * The flags for a quiet, headless, throw-away browser: no sandbox (the tests may run as root), no
 * GPU, no QUIC, and none of Chromium's own network chatter (updates, sync, field trials).
 */
export const chromiumArgs: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

function aptGet(args: string[]): ReturnType<typeof spawnSync> {
  return spawnSync("apt-get", ["-o", "DPkg::Lock::Timeout=600", ...args], {
    encoding: "utf8",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

/**
 * Installs Debian's `chromium` with apt-get unless it is there; returns its path. apt waits for a
 * lock another install holds (up to 10 minutes) instead of failing.
 */
export function ensureChromium(log: (line: string) => void = () => {}): string {
  if (existsSync(chromiumPath)) return chromiumPath;
  const hint = "install it with: apt-get install -y chromium (Debian/Ubuntu), or run the tests as root";
  if (!existsSync("/usr/bin/apt-get")) {
    throw new Error(
      `the editor test needs Debian's chromium at ${chromiumPath} and this machine has no apt-get; ${hint}`,
    );
  }
  if (process.getuid?.() !== 0) {
    throw new Error(`the editor test needs Debian's chromium at ${chromiumPath}; ${hint}`);
  }
  log("installing chromium with apt-get (about a minute)…");
  const started = Date.now();
  const install = ["install", "-y", "--no-install-recommends", "chromium"];
  let result = aptGet(install);
  if (result.status !== 0) {
    // A fresh machine may not have package lists yet.
    aptGet(["update"]);
    result = aptGet(install);
  }
  if (result.status !== 0 || !existsSync(chromiumPath)) {
    throw new Error(
      `apt-get could not install chromium (exit ${result.status}); ${hint}\n` +
        `${result.stdout ?? ""}${result.stderr ?? ""}`.slice(-3000),
    );
  }
  log(`chromium installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return chromiumPath;
}
