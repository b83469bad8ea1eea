import { appendFileSync } from "node:fs";
import * as core from "@actions/core";
import { type ActionReport, createReport } from "./action-report.js";
import { renderSummary } from "./render-summary.js";

/** Names under which the main step leaves state for the `post:` step (`STATE_<name>`). */
export const stateNames = { report: "report", summaryWritten: "summary-written" } as const;

/**
 * Holds what the step knows and publishes it: outputs, the state for `post:`, the job summary.
 * Every method is synchronous, so a signal handler can flush everything before the runner's
 * grace period ends. Each output is written once per value; secrets are redacted from all of it.
 */
export class Reporter {
  readonly report: ActionReport;
  #secrets: string[] = [];
  #published = new Map<string, string>();
  #savedState = "";
  #summaryWritten = false;

  constructor(startedAt: number) {
    this.report = createReport(startedAt);
  }

  /** Registers a value (the API key) that must never appear in anything this reporter writes. */
  addSecret(secret: string): void {
    if (secret.length > 0) this.#secrets.push(secret);
  }

  redact(text: string): string {
    let result = text;
    for (const secret of this.#secrets) result = result.split(secret).join("***");
    return result;
  }

  /** The value of every output known so far (strings, as the runner stores them). */
  outputs(): Record<string, string> {
    const report = this.report;
    const values: Record<string, string | undefined> = {
      "task-id": report.taskId,
      status: report.status === "pending" ? undefined : report.status,
      "video-url": report.videoUrl,
      "video-urls": report.videoUrls.length > 0 ? JSON.stringify(report.videoUrls) : undefined,
      "video-path": report.videoPath,
      "artifact-url": report.artifactUrl,
      "reserved-credits": report.reservedCredits?.toString(),
      "final-credits": report.finalCredits?.toString(),
      "estimated-credits": report.estimatedCredits?.toString(),
      "error-code": report.errorCode,
    };
    const known: Record<string, string> = {};
    for (const [name, value] of Object.entries(values))
      if (value !== undefined) known[name] = this.redact(value);
    return known;
  }

  /** Writes outputs that are new or changed, and saves the report for the `post:` step. */
  publish(): void {
    for (const [name, value] of Object.entries(this.outputs())) this.#setOutput(name, value);
    this.#saveState();
  }

  /** The final publication: every output including `result` and `video-urls`, then the summary. */
  finish(now: number): void {
    if (this.report.finishedAt === undefined) this.report.finishedAt = now;
    this.publish();
    this.#setOutput("video-urls", this.redact(JSON.stringify(this.report.videoUrls)));
    this.#setOutput("result", this.redact(JSON.stringify(this.resultJson())));
    this.writeSummary();
  }

  /** `result` output: everything known, with stable camelCase names. */
  resultJson(): Record<string, unknown> {
    const { prompt: _prompt, ...rest } = this.report;
    return {
      ...rest,
      durationMs: rest.finishedAt === undefined ? undefined : rest.finishedAt - rest.startedAt,
    };
  }

  /** Appends the job summary once (on success and failure alike) and records that it was written. */
  writeSummary(options: { completedByPostStep?: boolean } = {}): void {
    if (this.#summaryWritten) return;
    this.#summaryWritten = true;
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file) {
      try {
        appendFileSync(file, this.redact(renderSummary(this.report, options)), "utf8");
      } catch (error) {
        core.warning(
          `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    if (process.env.GITHUB_STATE) core.saveState(stateNames.summaryWritten, "true");
  }

  get summaryWritten(): boolean {
    return this.#summaryWritten;
  }

  #setOutput(name: string, value: string): void {
    if (this.#published.get(name) === value) return;
    this.#published.set(name, value);
    core.setOutput(name, value);
  }

  #saveState(): void {
    if (!process.env.GITHUB_STATE) return;
    const state = this.redact(JSON.stringify(this.report));
    if (state === this.#savedState) return;
    this.#savedState = state;
    core.saveState(stateNames.report, state);
  }
}
