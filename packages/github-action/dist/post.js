import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Reporter,
  stateNames
} from "./chunks/chunk-CGBFXYTU.js";
import {
  getState,
  notice,
  warning
} from "./chunks/chunk-CPFC6LQX.js";
import "./chunks/chunk-HANBNIMK.js";

// src/run-post.ts
function runPost() {
  try {
    if (getState(stateNames.summaryWritten) === "true") return;
    const saved = getState(stateNames.report);
    if (saved === "") return;
    const reporter = new Reporter(Date.now());
    Object.assign(reporter.report, JSON.parse(saved));
    const report = reporter.report;
    if (["pending", "queued", "processing"].includes(report.status)) {
      report.status = "cancelled";
      report.errorCode ??= "cancelled";
    }
    if (report.taskId !== void 0) {
      notice(
        `Rivya task ${report.taskId} was not followed to the end; it keeps running on Rivya. Resume it with the input task-id: ${report.taskId}.`
      );
    }
    reporter.writeSummary({ completedByPostStep: true });
  } catch (error) {
    warning(`rivya post step: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// src/post.ts
runPost();
