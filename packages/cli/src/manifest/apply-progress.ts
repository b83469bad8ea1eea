import type { ManifestEvent } from "@rivya-kit/core";
import { formatElapsed } from "../output/format.js";
import type { OutputMode } from "../output/output-mode.js";
import { describeOutcome } from "./describe-outcome.js";

/** Shows an apply as it runs. */
export interface ApplyProgress {
  handle(event: ManifestEvent): void;
  stop(): void;
}

interface Running {
  step: string;
  startedAt: number;
}

function stepOf(event: Extract<ManifestEvent, { type: "video:progress" }>["event"]): string | undefined {
  switch (event.type) {
    case "upload:start":
      return `uploading ${event.name}`;
    case "created":
      return `task ${event.taskId} queued`;
    case "status":
      return `task ${event.taskId} ${event.status}`;
    case "download:start":
      return "downloading";
    default:
      return undefined;
  }
}

/** On a terminal: one live line per running video (redrawn in place), a ✔/✖ line as each ends. */
function createTtyApplyProgress(): ApplyProgress {
  const running = new Map<string, Running>();
  let drawn = 0;
  const draw = (persist: string[] = []) => {
    const erase = drawn > 0 ? `\x1b[${drawn}A\x1b[0J` : "";
    const now = Date.now();
    const live = [...running].map(
      ([id, video]) => `  ${id} · ${video.step} · ${formatElapsed(now - video.startedAt)}`,
    );
    const columns = process.stderr.columns ?? 80;
    const lines = [...persist, ...live.map((line) => line.slice(0, Math.max(20, columns - 1)))];
    process.stderr.write(erase + lines.map((line) => `${line}\n`).join(""));
    drawn = live.length;
  };
  const timer = setInterval(() => draw(), 250);
  return {
    handle(event) {
      if (event.type === "video:start") running.set(event.id, { step: event.state, startedAt: Date.now() });
      else if (event.type === "video:progress") {
        const step = stepOf(event.event);
        const video = running.get(event.id);
        if (step && video) video.step = step;
      } else if (event.type === "video:done") {
        running.delete(event.id);
        draw([describeOutcome(event.outcome)]);
      }
    },
    stop() {
      clearInterval(timer);
      running.clear();
      draw();
    },
  };
}

/** Without a terminal: one plain line per step that matters (CI logs). */
function createPlainApplyProgress(): ApplyProgress {
  const lastStatus = new Map<string, string>();
  const write = (line: string) => process.stderr.write(`${line}\n`);
  return {
    handle(event) {
      if (event.type === "video:start") write(`${event.id}: ${event.state}`);
      else if (event.type === "video:done") write(describeOutcome(event.outcome));
      else if (event.type === "video:progress") {
        const inner = event.event;
        if (inner.type === "status" && lastStatus.get(event.id) === inner.status) return;
        if (inner.type === "status") lastStatus.set(event.id, inner.status);
        const step = inner.type === "created" || inner.type === "status" ? stepOf(inner) : undefined;
        if (step) write(`${event.id}: ${step}`);
      }
    },
    stop: () => undefined,
  };
}

/** The display for the output mode: live lines on a TTY, plain lines, nothing for `--json`. */
export function createApplyProgress(mode: OutputMode): ApplyProgress {
  if (mode === "tty") return createTtyApplyProgress();
  if (mode === "plain") return createPlainApplyProgress();
  return { handle: () => undefined, stop: () => undefined };
}
