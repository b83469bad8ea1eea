import type { GenerateEvent } from "@rivya-kit/core";
import cliProgress from "cli-progress";
import ora, { type Ora } from "ora";
import { describeEvent } from "./describe-event.js";
import { formatElapsed } from "./format.js";
import type { GenerateProgress } from "./generate-progress.js";

/**
 * The live display on a terminal: a spinner with the current step, the task status and the
 * elapsed time; a bar for uploads and downloads; a ✔ line for each finished step.
 */
export function createTtyProgress(label: string): GenerateProgress {
  const startedAt = Date.now();
  const prefix = label ? `${label} ` : "";
  let step = "validating";
  let status: string | undefined;
  let bar: cliProgress.SingleBar | undefined;
  const spinner: Ora = ora({ stream: process.stderr, text: `${prefix}${step}` }).start();
  const render = () => {
    const parts = [step, status, formatElapsed(Date.now() - startedAt)].filter(Boolean);
    spinner.text = `${prefix}${parts.join(" · ")}`;
  };
  const ticker = setInterval(render, 250);
  const startBar = (name: string, total: number) => {
    spinner.stop();
    bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: `  ${prefix}${name} [{bar}] {percentage}% · {value}/{total} bytes`,
        hideCursor: true,
        clearOnComplete: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
  };
  const stopBar = () => {
    if (!bar) return;
    bar.stop();
    bar = undefined;
    spinner.start();
  };
  return {
    handle(event: GenerateEvent) {
      const line = describeEvent(event);
      if (line) {
        stopBar();
        spinner.stopAndPersist({ symbol: "✔", text: `${prefix}${line}` });
        spinner.start();
      }
      switch (event.type) {
        case "validated":
          step = "checking";
          break;
        case "upload:start":
          step = `uploading ${event.name}`;
          if (event.sizeBytes) startBar(`upload ${event.name}`, event.sizeBytes);
          break;
        case "upload:progress":
          bar?.update(event.sentBytes);
          break;
        case "created":
          step = `task ${event.taskId}`;
          status = event.task.status;
          break;
        case "status":
          if (event.status === "succeeded" && status !== "succeeded") {
            spinner.stopAndPersist({
              symbol: "✔",
              text: `${prefix}task ${event.taskId} succeeded after ${formatElapsed(event.elapsedMs)}`,
            });
            spinner.start();
          }
          status = event.status;
          break;
        case "download:start":
          step = "downloading";
          status = undefined;
          break;
        case "download:progress":
          if (!bar && event.totalBytes) startBar("download", event.totalBytes);
          bar?.update(event.receivedBytes);
          break;
        default:
          break;
      }
      render();
    },
    stop(failed = false) {
      clearInterval(ticker);
      stopBar();
      if (failed) spinner.fail(`${prefix}${step} · ${formatElapsed(Date.now() - startedAt)}`);
      else spinner.stop();
    },
  };
}
