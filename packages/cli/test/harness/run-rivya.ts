import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../../bin/rivya.js", import.meta.url));

/** What a run of the built CLI produced. */
export interface RivyaRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the BUILT CLI (`bin/rivya.js` → `dist/`) as a child process. Asynchronous on purpose: the
 * emulator the test started lives in this process and must keep answering meanwhile. The
 * environment is cleaned of RIVYA_* so only what a test passes counts.
 */
export function runRivya(
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {},
): Promise<RivyaRun> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !name.startsWith("RIVYA_") && name !== "CI") env[name] = value;
  }
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...env, ...options.env }, cwd: options.cwd, timeout: options.timeoutMs ?? 30_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}
