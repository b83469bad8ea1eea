import type { ReferenceResolver } from "../catalog/validate-generation.js";
import type { EmulatorState } from "../state/emulator-state.js";

/** Resolves `/media/files/{fileId}/…` URLs to the account's own, unexpired uploads. */
export function referenceResolver(state: EmulatorState, accountId: string): ReferenceResolver {
  return (url) => {
    let path: string;
    try {
      path = new URL(url).pathname;
    } catch {
      return undefined;
    }
    const fileId = path.match(/^\/media\/files\/([^/]+)\//)?.[1];
    const file = fileId === undefined ? undefined : state.files.get(fileId);
    if (!file || file.accountId !== accountId || file.expiresAt <= state.clock.now()) return undefined;
    return file;
  };
}
