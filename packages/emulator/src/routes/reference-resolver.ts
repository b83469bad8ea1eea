import type { ReferenceResolver } from "../catalog/validate-generation.js";
import type { EmulatorState } from "../state/emulator-state.js";
import type { FileRecord } from "../state/file-record.js";

/** Resolves `/media/files/{fileId}/…` URLs to the account's own, unexpired uploads. */
export function referenceResolver(state: EmulatorState, accountId: string): ReferenceResolver {
  return (url) => uploadedFile(state, accountId, url);
}

/** The account's own, unexpired upload a `/media/files/{fileId}/…` URL names. */
export function uploadedFile(state: EmulatorState, accountId: string, url: string): FileRecord | undefined {
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
}
