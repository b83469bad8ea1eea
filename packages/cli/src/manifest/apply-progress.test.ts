import type { ManifestEvent, VideoOutcome } from "@rivya-kit/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApplyProgress } from "./apply-progress.js";

const outcome = (id: string): VideoOutcome => ({
  id,
  state: "new",
  status: "succeeded",
  taskId: `task_${id}`,
  credits: 90,
  resultUrl: "https://example.test/r.mp4",
  output: `videos/${id}.mp4`,
  error: undefined,
});

function capture(): string[] {
  const written: string[] = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  return written;
}

const status = (id: string, value: string): ManifestEvent => ({
  type: "video:progress",
  id,
  event: {
    type: "status",
    taskId: `task_${id}`,
    status: value,
    previousStatus: undefined,
    elapsedMs: 1000,
    polls: 1,
    task: { id: `task_${id}`, status: value } as never,
  },
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("createApplyProgress", () => {
  it("on a terminal: one live line per running video, redrawn in place; a ✔ line stays when one ends", () => {
    vi.useFakeTimers();
    const written = capture();
    const progress = createApplyProgress("tty");
    progress.handle({ type: "video:start", id: "a", state: "new" });
    progress.handle({ type: "video:start", id: "b", state: "changed" });
    progress.handle(status("a", "processing"));
    vi.advanceTimersByTime(250);
    expect(written.at(-1)).toMatch(/^ {2}a · task task_a processing · .*\n {2}b · changed · .*\n$/);
    progress.handle({ type: "video:done", id: "a", outcome: outcome("a") });
    // Erase the two live lines, print the finished one, then the one still running.
    expect(written.at(-1)).toMatch(
      /^\u001b\[2A\u001b\[0J✔ a generated · task_a · 90 credits · videos\/a\.mp4\n {2}b · changed/,
    );
    progress.stop();
    expect(written.at(-1)).toBe("\u001b[1A\u001b[0J");
  });

  it("without a terminal: plain lines, one per status change, no control characters", () => {
    const written = capture();
    const progress = createApplyProgress("plain");
    progress.handle({ type: "video:start", id: "a", state: "new" });
    progress.handle(status("a", "processing"));
    progress.handle(status("a", "processing"));
    progress.handle({ type: "video:done", id: "a", outcome: outcome("a") });
    progress.stop();
    expect(written.join("")).toBe(
      "a: new\na: task task_a processing\n✔ a generated · task_a · 90 credits · videos/a.mp4\n",
    );
  });
});
