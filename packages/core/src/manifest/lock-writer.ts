import type { ManifestFiles } from "./manifest-files.js";
import { type ManifestLock, serializeLock } from "./manifest-lock.js";

/** Saves the lock one write at a time (each one the whole file, atomically), in call order. */
export function createLockWriter(
  lock: ManifestLock,
  files: ManifestFiles,
  onWritten: () => void,
): { save(): Promise<void>; settled(): Promise<void> } {
  let queue: Promise<void> = Promise.resolve();
  return {
    save() {
      const write = queue.then(async () => {
        await files.writeLock(serializeLock(lock));
        onWritten();
      });
      // A failed write fails its caller; later writes still run (they carry the newer state).
      queue = write.catch(() => undefined);
      return write;
    },
    settled: () => queue,
  };
}
