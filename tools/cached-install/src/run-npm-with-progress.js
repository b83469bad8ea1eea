// Runs npm with `--loglevel=http` and turns its per-request lines into a heartbeat every few
// seconds (requests done, how many came from the cache, elapsed time), so a multi-minute install
// is never silent; the last lines are kept for the error message.
import { spawn } from "node:child_process";

/**
 * @param {string[]} args npm arguments
 * @param {{ cwd: string, label: string, log: (line: string) => void, npm?: string, heartbeatMs?: number, env?: NodeJS.ProcessEnv }} options
 * @returns {Promise<void>}
 */
export function runNpmWithProgress(args, options) {
  const { cwd, label, log } = options;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const started = Date.now();
  const tail = [];
  let requests = 0;
  let cached = 0;
  let lastLine = "";
  return new Promise((resolve, reject) => {
    const child = spawn(options.npm ?? "npm", [...args, "--loglevel=http"], {
      cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let requestsAtLastBeat = -1;
    const timer = setInterval(() => {
      const seconds = Math.round((Date.now() - started) / 1000);
      // No new request since the last beat: npm is unpacking or running install scripts (a native
      // addon such as sqlite3 compiles for a minute or more without a line of output).
      const phase =
        requests === requestsAtLastBeat && requests > 0
          ? "; downloads done, unpacking and running install scripts"
          : lastLine
            ? `; last: ${lastLine}`
            : "";
      requestsAtLastBeat = requests;
      log(`${label}: ${seconds} s, ${requests} registry requests (${cached} from the npm cache)${phase}`);
    }, heartbeatMs);
    timer.unref();
    let pending = "";
    const onData = (chunk) => {
      pending += chunk.toString();
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) onLine(line);
    };
    const onLine = (line) => {
      if (/^npm http fetch /.test(line)) {
        requests += 1;
        if (/cache (hit|revalidated|stale)/.test(line)) cached += 1;
        lastLine = line
          .replace(/^npm http fetch /, "")
          .replace(/https?:\/\/[^/]+\//, "")
          .slice(0, 120);
        return;
      }
      if (line.trim() === "") return;
      tail.push(line);
      if (tail.length > 60) tail.shift();
      // Warnings (peer-dependency notes, deprecations) stay in the tail for a failure report only.
      if (/^npm (error|ERR)/i.test(line)) log(`${label}: ${line}`);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearInterval(timer);
      if (pending) onLine(pending);
      if (code === 0) return resolve();
      reject(
        new Error(
          `npm ${args[0]} for ${label} failed (${signal ? `signal ${signal}` : `exit ${code}`}) in ${cwd} after ${requests} registry requests:\n${tail.join("\n")}`,
        ),
      );
    });
  });
}
