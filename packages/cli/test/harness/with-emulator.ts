import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningEmulator, startEmulator } from "@rivya-kit/emulator";

/** A test's own emulator and working directory, with the env that points the CLI at it. */
export interface EmulatorContext {
  emulator: RunningEmulator;
  cwd: string;
  env: Record<string, string>;
  /** A key that must never appear in any output. */
  apiKey: string;
}

/** Starts an emulator (fast by default) and a temp directory, runs `body`, then cleans both up. */
export async function withEmulator(
  body: (context: EmulatorContext) => Promise<void>,
  options: { speed?: number } = {},
): Promise<void> {
  const emulator = await startEmulator({ speed: options.speed ?? 200 });
  const apiKey = "rvya_sk_cli_test_secret_4f9a";
  emulator.control.seedAccount({ apiKey, accountId: "acct_demo" });
  const cwd = await mkdtemp(join(tmpdir(), "rivya-cli-"));
  try {
    await body({ emulator, cwd, apiKey, env: { RIVYA_API_KEY: apiKey, RIVYA_BASE_URL: emulator.url } });
  } finally {
    await emulator.close();
    await rm(cwd, { recursive: true, force: true });
  }
}
