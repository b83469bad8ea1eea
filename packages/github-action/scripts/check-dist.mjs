// Fails when the committed dist/ differs from a fresh build of the current sources: the runner
// executes dist/, so a stale bundle would ship behaviour nobody reviewed. Run it before building.
// Usage: node scripts/check-dist.mjs [directory]   (default: dist/)
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildAction } from "../esbuild.config.mjs";

const packageDirectory = fileURLToPath(new URL("..", import.meta.url));
// An other directory to compare may be given (the tests use a tampered copy).
const committed = path.resolve(process.argv[2] ?? path.join(packageDirectory, "dist"));
const fresh = mkdtempSync(path.join(tmpdir(), "rivya-action-dist-"));
try {
  await buildAction(fresh);
  const files = (directory) =>
    readdirSync(directory, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)));
  const names = [...new Set([...files(committed), ...files(fresh)])].sort();
  const read = (directory, name) => {
    try {
      return readFileSync(path.join(directory, name));
    } catch {
      return undefined;
    }
  };
  const stale = names.flatMap((name) => {
    const before = read(committed, name);
    const after = read(fresh, name);
    if (before === undefined) return [`${name} (missing)`];
    if (after === undefined) return [`${name} (no longer built)`];
    return before.equals(after) ? [] : [name];
  });
  if (stale.length > 0) {
    console.error(
      `dist/ is stale: ${stale.join(", ")} differ${stale.length === 1 ? "s" : ""} from a fresh build. Run "pnpm build" in packages/github-action and commit dist/.`,
    );
    process.exitCode = 1;
  } else {
    console.log(`dist/ matches a fresh build (${names.join(", ")}).`);
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
