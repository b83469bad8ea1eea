// Unit tests run n8n's `sleep` (the only clock the node waits on) 20× faster, and start the
// emulator with the same speed factor, so a generation's whole life (first poll after 2–3 s,
// then polls, then the result) plays out in well under a second without changing any logic.
import { vi } from "vitest";

export const timeScale = 20;

vi.mock("n8n-workflow", async (importOriginal) => {
  const actual = await importOriginal<typeof import("n8n-workflow")>();
  return {
    ...actual,
    sleep: (ms: number, signal?: AbortSignal) =>
      actual.sleep(Math.ceil(ms / timeScale), signal as AbortSignal),
  };
});
