import { setTimeout as delay } from "node:timers/promises";
import type { Sleep } from "../transport/sleep.js";

/** Timer-based sleep that rejects (and clears its timer) when the signal aborts. */
export const nodeSleep: Sleep = async (ms, signal) => {
  await delay(Math.max(0, ms), undefined, { signal });
};
