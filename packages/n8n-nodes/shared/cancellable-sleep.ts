import type { Sleep } from "@rivya-kit/core";
import { sleep } from "n8n-workflow";

/**
 * n8n's own `sleep` (community code may not touch timers itself). With a signal it clears its
 * timer and rejects on abort, so a cancelled execution stops polling at once; the core also
 * races every sleep against the signal, which covers older n8n versions whose `sleep` has no
 * signal parameter.
 */
export const cancellableSleep: Sleep = (ms, signal) => (signal ? sleep(ms, signal) : sleep(ms));
