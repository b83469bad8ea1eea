import * as core from "@actions/core";
import type { ActionReport } from "./report/action-report.js";
import { Reporter, stateNames } from "./report/reporter.js";

/**
 * The `post:` step (runs `always()`). When the main step was stopped before it wrote its job
 * summary (cancelled and killed, or crashed), writes the summary from the state it saved, and
 * reminds that a created task keeps running on Rivya and can be resumed with `task-id`.
 */
export function runPost(): void {
  try {
    if (core.getState(stateNames.summaryWritten) === "true") return;
    const saved = core.getState(stateNames.report);
    if (saved === "") return;
    const reporter = new Reporter(Date.now());
    Object.assign(reporter.report, JSON.parse(saved) as ActionReport);
    const report = reporter.report;
    if (["pending", "queued", "processing"].includes(report.status)) {
      report.status = "cancelled";
      report.errorCode ??= "cancelled";
    }
    if (report.taskId !== undefined) {
      core.notice(
        `Rivya task ${report.taskId} was not followed to the end; it keeps running on Rivya. Resume it with the input task-id: ${report.taskId}.`,
      );
    }
    reporter.writeSummary({ completedByPostStep: true });
  } catch (error) {
    // A post step must never turn a finished job red on its own account.
    core.warning(`rivya post step: ${error instanceof Error ? error.message : String(error)}`);
  }
}
