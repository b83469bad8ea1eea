// A directory lock so parallel test tasks (turbo runs several at once) never install into the same
// cache folder together: the second one waits for the first and then reuses its install.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/**
 * Runs `task` while holding `<lockDir>`; a lock left by a dead process is taken over.
 * @template T
 * @param {string} lockDir
 * @param {() => Promise<T>} task
 * @param {(line: string) => void} log
 * @returns {Promise<T>}
 */
export async function withInstallLock(lockDir, task, log) {
  let waitingSince;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, "pid"), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const pid = Number(readOwner(lockDir));
      if (pid && !isAlive(pid)) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      const now = Date.now();
      if (waitingSince === undefined || now - waitingSince >= 30_000) {
        log(`waiting for process ${pid || "?"} that is installing into the same cache folder…`);
        waitingSince = now;
      }
      await sleep(1_000);
    }
  }
  try {
    return await task();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

function readOwner(lockDir) {
  try {
    return readFileSync(join(lockDir, "pid"), "utf8");
  } catch {
    return "";
  }
}
