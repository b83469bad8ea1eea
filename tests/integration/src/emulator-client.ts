// Shared setup: a real emulator on a random port and a real client (Node edge) pointed at it.
import {
  createRivyaClient,
  type GenerateOptions,
  nodeSleep,
  type RivyaClient,
  type Sleep,
} from "@rivya-kit/core/node";
import { type EmulatorOptions, type RunningEmulator, startEmulator } from "@rivya-kit/emulator";

/** Virtual-time speed of the emulator in these tests: a 93 s Kling job takes 93 ms. */
export const speed = 1000;

/** Poll sleeps shrunk by the same factor, so the client's schedule matches the emulator's clock. */
export const scaledSleep: Sleep = (ms, signal) => nodeSleep(ms / speed, signal);

export const fastPolling: Pick<GenerateOptions, "sleep"> = { sleep: scaledSleep };

export async function startTestEmulator(
  options: EmulatorOptions = {},
): Promise<{ emulator: RunningEmulator; client: RivyaClient }> {
  const emulator = await startEmulator({ speed, ...options });
  const client = createRivyaClient({
    apiKey: emulator.apiKey,
    baseUrl: emulator.url,
    logLevel: "off",
    timeoutMs: 10_000,
  });
  return { emulator, client };
}
