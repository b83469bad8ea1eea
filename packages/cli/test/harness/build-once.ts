import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * vitest global setup: the end-to-end tests run the built CLI, so build it (and its workspace
 * dependencies) first, under the shared lock. Under `turbo run test` the build already ran
 * (`test` depends on `build`), so it is skipped there.
 */
export default function buildOnce(): void {
  if (process.env["TURBO_HASH"]) return;
  const root = fileURLToPath(new URL("../../../../", import.meta.url));
  execFileSync(
    "flock",
    [
      "/tmp/rivya-build.lock",
      "pnpm",
      "turbo",
      "run",
      "build",
      "--filter=@rivya-kit/cli...",
      "--output-logs=errors-only",
    ],
    { cwd: root, stdio: "inherit" },
  );
}
