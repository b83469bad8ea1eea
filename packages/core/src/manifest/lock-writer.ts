import type { ManifestFiles } from "./manifest-files.js";
import { type ManifestLock, serializeLock } from "./manifest-lock.js";

/**
 * Saves the lock, one whole-file atomic write at a time. Saves asked for while a write runs share
 * the one write that follows it (it serializes the lock when it starts, so it carries all of
 * their changes): a hundred videos recording their tasks at once cost a few writes, not a hundred.
 */
export function createLockWriter(
  lock: ManifestLock,
  files: ManifestFiles,
  onWritten: () => void,
): { save(): Promise<void>; settled(): Promise<void> } {
  let running: Promise<void> | undefined;
  let next: Promise<void> | undefined;
  const write = (): Promise<void> => {
    const text = serializeLock(lock);
    const done = files.writeLock(text).then(onWritten);
    running = done.finally(() => {
      if (running === tracked) running = undefined;
    });
    const tracked = running;
    return done;
  };
  return {
    save() {
      if (next) return next;
      if (!running) return write();
      next = running
        .catch(() => undefined)
        .then(() => {
          next = undefined;
          return write();
        });
      return next;
    },
    async settled() {
      while (running || next) await (next ?? running)?.catch(() => undefined);
    },
  };
}
