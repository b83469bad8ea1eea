import { type RunningEmulator, startEmulator } from "@rivya-kit/emulator";

/**
 * An emulator for end-to-end tests: virtual time ×200 (a 93 s video job takes under half a
 * second), no rate limit unless a test injects one.
 */
export function startTestEmulator(): Promise<RunningEmulator> {
  return startEmulator({ speed: 200, rateLimit: false, seed: 7 });
}
