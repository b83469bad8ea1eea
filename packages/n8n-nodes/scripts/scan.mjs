// n8n's verification scan, run locally the way n8n runs it on a published version: the full rule
// set of `@n8n/scan-community-package` over the node and credential source, and over the `.js`
// and package.json of the packed tarball (what npm would publish). Its CLI only scans packages
// already on npm, so this calls its exported `analyzePackage` on local folders instead.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzePackage, SOURCE_FILE_PATTERNS } from "@n8n/scan-community-package/scanner/scanner.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(join(tmpdir(), "rivya-n8n-scan-"));

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} failed (${result.status}):\n${result.stdout}${result.stderr}`,
    );
  }
  return result.stdout;
}

try {
  // `pnpm pack` as the release publishes (it also rewrites workspace: versions in package.json).
  run("pnpm", ["pack", "--pack-destination", work], root);
  const tarball = readdirSync(work).find((file) => file.endsWith(".tgz"));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball into ${work}`);
  const unpacked = join(work, "package");
  mkdirSync(unpacked);
  run("tar", ["-xzf", join(work, tarball), "-C", unpacked, "--strip-components=1"], work);

  const results = [
    { label: "source", result: await analyzePackage(root, SOURCE_FILE_PATTERNS) },
    { label: `tarball ${tarball}`, result: await analyzePackage(unpacked, ["**/*.js", "package.json"]) },
  ];
  let failed = false;
  for (const { label, result } of results) {
    if (result.passed) {
      console.log(`n8n scanner: ${label}: 0 issues`);
    } else {
      failed = true;
      console.error(`n8n scanner: ${label}: ${result.message}\n${result.details ?? ""}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
