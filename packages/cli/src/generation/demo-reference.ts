import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The path of the demo's reference image shipped in `assets/` (from `dist/` when built, from
 * `src/commands/` when run from source).
 */
export function demoReferencePath(): string {
  const candidates = ["../assets/demo-reference.png", "../../assets/demo-reference.png"].map((relative) =>
    fileURLToPath(new URL(relative, import.meta.url)),
  );
  return candidates.find((path) => existsSync(path)) ?? candidates[0]!;
}
