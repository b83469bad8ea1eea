import { spawn } from "node:child_process";
import { cliEnvironment, rivyaBin } from "./run-rivya.js";

/**
 * Runs the built CLI and SIGKILLs it after `killAfterMs` (no handler runs: the hardest crash).
 * Resolves with the exit code, or `"killed"` when the kill came first.
 */
export function runAndKill(
  args: readonly string[],
  options: { env: Record<string, string>; cwd: string; killAfterMs: number },
): Promise<number | "killed"> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [rivyaBin, ...args], {
      cwd: options.cwd,
      env: cliEnvironment(options.env),
      stdio: "ignore",
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), options.killAfterMs);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve(signal === "SIGKILL" ? "killed" : (code ?? -1));
    });
  });
}

/** A small seeded PRNG (mulberry32): the same kill moments on every run of the test. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs the built CLI and sends SIGINT (Ctrl-C) once its stderr contains `when`; resolves with the
 * exit code and everything it printed.
 */
export function runAndInterrupt(
  args: readonly string[],
  options: { env: Record<string, string>; cwd: string; when: string },
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [rivyaBin, ...args], {
      cwd: options.cwd,
      env: cliEnvironment(options.env),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let sent = false;
    const collect = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (!sent && output.includes(options.when)) {
        sent = true;
        child.kill("SIGINT");
      }
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}
