export { cacheRoot } from "./cache-root.js";
export { ensureCachedNode, nodeBinaryPackageName } from "./ensure-cached-node.js";
export { cachedInstallDir, ensureCachedNpmInstall, NPM_FAIL_FAST_ARGS } from "./ensure-cached-npm-install.js";
export { assertRegistryReachable } from "./registry-preflight.js";
export { runNpmWithProgress } from "./run-npm-with-progress.js";
