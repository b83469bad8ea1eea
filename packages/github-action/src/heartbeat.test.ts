import { afterEach, describe, expect, it, vi } from "vitest";
import { startHeartbeat } from "./heartbeat.js";

describe("startHeartbeat", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("logs the current description at every interval until stopped", () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    let status = "queued";
    const stop = startHeartbeat({
      intervalMs: 30_000,
      describe: () => `still waiting: ${status}`,
      log: (line) => lines.push(line),
    });
    vi.advanceTimersByTime(29_999);
    expect(lines).toEqual([]);
    vi.advanceTimersByTime(1);
    status = "processing";
    vi.advanceTimersByTime(30_000);
    expect(lines).toEqual(["still waiting: queued", "still waiting: processing"]);
    stop();
    vi.advanceTimersByTime(120_000);
    expect(lines).toHaveLength(2);
  });
});
