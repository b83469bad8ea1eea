import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The built CLI's entry (`bin/rivya.js` → `dist/`). */
export const rivyaBin: string = fileURLToPath(new URL("../../bin/rivya.js", import.meta.url));

/**
 * This process's environment cleaned of RIVYA_* and CI (so only what a test passes counts), plus
 * the test's own variables.
 */
export function cliEnvironment(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !name.startsWith("RIVYA_") && name !== "CI") env[name] = value;
  }
  return { ...env, ...extra };
}

/** What a run of the built CLI produced. */
export interface RivyaRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the BUILT CLI (`rivyaBin`) as a child process. Asynchronous on purpose: the
 * emulator the test started lives in this process and must keep answering meanwhile.
 */
export function runRivya(
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {},
): Promise<RivyaRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [rivyaBin, ...args],
      { env: cliEnvironment(options.env), cwd: options.cwd, timeout: options.timeoutMs ?? 30_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}
