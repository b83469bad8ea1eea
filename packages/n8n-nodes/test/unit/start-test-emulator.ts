import { type RunningEmulator, startEmulator } from "@rivya-kit/emulator";
import { timeScale } from "../setup/scaled-time";

/** The emulator at the tests' time scale, with short video timelines (1 s queued + 8 s processing, virtual). */
export function startTestEmulator(): Promise<RunningEmulator> {
  return startEmulator({
    speed: timeScale,
    rateLimit: false,
    timelines: {
      video: { queuedMs: 1000, processingMs: 8000 },
      image: { queuedMs: 500, processingMs: 2000 },
    },
  });
}
