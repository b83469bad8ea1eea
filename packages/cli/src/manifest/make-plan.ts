import { type ManifestPlan, parseLock, planManifest } from "@rivya-kit/core";
import { nodeManifestFiles, type RivyaClient, readManifestLock } from "@rivya-kit/core/node";
import { loadManifest } from "./load-manifest.js";
import type { ManifestFlags } from "./manifest-flags.js";

/** Reads the manifest and its lock and plans; the balance is read when a key is set. */
export async function makePlan(
  path: string,
  flags: ManifestFlags,
  client: RivyaClient | undefined,
): Promise<ManifestPlan> {
  const data = await loadManifest(path);
  const lock = parseLock(await readManifestLock(path));
  const balance = client ? (await client.credits.get()).current_credits : undefined;
  return planManifest(data, {
    lock,
    files: nodeManifestFiles(path),
    only: flags.only,
    force: flags.force,
    balance,
  });
}
