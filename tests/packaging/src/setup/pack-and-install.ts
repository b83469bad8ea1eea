// Packs every publishable package with `pnpm pack` (as `changeset publish` would) and installs the
// tarballs together with npm into a scratch project in the OS temp folder: outside the workspace,
// so nothing resolves through pnpm's symlinks or the `rivya-source` condition.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { NPM_FAIL_FAST_ARGS, runNpmWithProgress } from "@rivya-kit/cached-install";
import { publishablePackages, workspaceRoot } from "./workspace.js";

/** The scratch install the tests use (handed from the global setup to every test file). */
export interface Scratch {
  /** The temp folder holding everything below; removed after the run. */
  root: string;
  /** The npm project with the tarballs installed. */
  project: string;
  /** Package name → tarball path. */
  tarballs: Record<string, string>;
}

function pack(dir: string, destination: string): string {
  const before = new Set(readdirSync(destination));
  execFileSync("pnpm", ["pack", "--pack-destination", destination], {
    cwd: join(workspaceRoot, dir),
    stdio: ["ignore", "ignore", "inherit"],
  });
  const created = readdirSync(destination).filter((file) => !before.has(file) && file.endsWith(".tgz"));
  if (created.length !== 1) throw new Error(`pnpm pack in ${dir} made ${created.length} tarballs`);
  return join(destination, created[0]!);
}

/** Packs, installs, and copies the consumer files (src/consumer/) into the project. */
export async function packAndInstall(log: (line: string) => void): Promise<Scratch> {
  const root = mkdtempSync(join(tmpdir(), "rivya-packaging-"));
  if (!relative(workspaceRoot, root).startsWith("..")) {
    throw new Error(`the scratch project ${root} must be outside the workspace ${workspaceRoot}`);
  }
  const tarballDir = join(root, "tarballs");
  const project = join(root, "project");
  mkdirSync(tarballDir);
  mkdirSync(project);
  const tarballs: Record<string, string> = {};
  for (const { name, dir } of publishablePackages) tarballs[name] = pack(dir, tarballDir);
  log(
    `packed ${Object.values(tarballs)
      .map((file) => relative(root, file))
      .join(", ")}`,
  );

  writeFileSync(
    join(project, "package.json"),
    `${JSON.stringify({ name: "rivya-consumer", private: true, type: "commonjs" }, null, 2)}\n`,
  );
  const consumerDir = new URL("../consumer/", import.meta.url);
  for (const file of readdirSync(consumerDir)) copyFileSync(new URL(file, consumerDir), join(project, file));
  // --legacy-peer-deps: n8n-nodes-rivya's peer n8n-workflow belongs to the n8n that loads it.
  await runNpmWithProgress(
    [
      "install",
      "--prefer-offline",
      "--legacy-peer-deps",
      "--no-package-lock",
      ...NPM_FAIL_FAST_ARGS,
      ...Object.values(tarballs),
      "@types/node@24.19.2",
    ],
    { cwd: project, label: "npm install of the tarballs", log, heartbeatMs: 10_000 },
  );
  log(`installed into ${project}`);
  return { root, project, tarballs };
}
