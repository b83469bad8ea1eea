import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { cachedInstallDir, ensureCachedNpmInstall } from "./index.js";

/** A stand-in `npm`: `ping` fails when FAKE_NPM_PING_FAIL is set; `install`/`ci` count their runs. */
function fakeNpm(dir) {
  const file = join(dir, "npm");
  writeFileSync(
    file,
    `#!/bin/sh
if [ "$1" = ping ]; then
  if [ -n "$FAKE_NPM_PING_FAIL" ]; then echo "npm error code SELF_SIGNED_CERT_IN_CHAIN" >&2; exit 1; fi
  exit 0
fi
if [ "$1" = config ]; then echo "https://registry.example/"; exit 0; fi
echo run >> "${join(dir, "runs")}"
echo "npm http fetch GET 200 https://registry.example/x 12ms (cache hit)" >&2
mkdir -p node_modules/x && echo "$@" > node_modules/x/args
`,
  );
  chmodSync(file, 0o755);
  return file;
}

test("installs once, then reuses the stamped folder", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cached-install-"));
  const npm = fakeNpm(dir);
  const lines = [];
  const options = {
    name: "x-1.0.0",
    packages: ["x@1.0.0"],
    npm,
    cacheRoot: join(dir, "cache"),
    log: (l) => lines.push(l),
  };
  const first = await ensureCachedNpmInstall(options);
  assert.equal(first.installed, true);
  assert.equal(first.dir, cachedInstallDir(options));
  assert.match(
    readFileSync(join(first.dir, "node_modules/x/args"), "utf8"),
    /install .*x@1\.0\.0 .*--fetch-retries=2/,
  );
  const second = await ensureCachedNpmInstall(options);
  assert.deepEqual([second.installed, second.dir], [false, first.dir]);
  assert.equal(readFileSync(join(dir, "runs"), "utf8").trim().split("\n").length, 1);
  assert.ok(lines.some((l) => l.includes("installing x@1.0.0")));
  assert.ok(lines.some((l) => l.includes("using x@1.0.0")));
  const other = await ensureCachedNpmInstall({ ...options, key: "node-abi-1" });
  assert.notEqual(other.dir, first.dir);
});

test("fails fast with the CA hint when the registry is unreachable", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cached-install-"));
  const npm = fakeNpm(dir);
  await assert.rejects(
    ensureCachedNpmInstall({
      name: "y",
      packages: ["y@1.0.0"],
      npm,
      cacheRoot: join(dir, "cache"),
      env: { ...process.env, FAKE_NPM_PING_FAIL: "1" },
      log: () => {},
    }),
    /registry https:\/\/registry\.example\/ is unreachable.*NODE_EXTRA_CA_CERTS/s,
  );
});

test("parallel callers install once", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cached-install-"));
  const npm = fakeNpm(dir);
  const options = { name: "z", packages: ["z@1.0.0"], npm, cacheRoot: join(dir, "cache"), log: () => {} };
  const results = await Promise.all([ensureCachedNpmInstall(options), ensureCachedNpmInstall(options)]);
  assert.equal(results.filter((r) => r.installed).length, 1);
  assert.equal(readFileSync(join(dir, "runs"), "utf8").trim().split("\n").length, 1);
});
