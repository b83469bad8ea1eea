import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  saveState,
  setOutput,
  warning
} from "./chunk-CPFC6LQX.js";

// src/report/reporter.ts
import { appendFileSync } from "node:fs";

// src/report/action-report.ts
function createReport(startedAt) {
  return {
    status: "pending",
    referenceFiles: [],
    resumed: false,
    videoUrls: [],
    startedAt
  };
}

// src/report/escape-markdown.ts
function escapeMarkdown(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/([\\`*_{}[\]()#+\-.!|~])/g, "\\$1").replace(/\r?\n/g, "<br>");
}
function escapeExcerpt(text, limit) {
  const characters = Array.from(text);
  if (characters.length <= limit) return escapeMarkdown(text);
  return `${escapeMarkdown(characters.slice(0, limit).join(""))}… (${characters.length - limit} more characters)`;
}

// src/report/render-summary.ts
var summaryByteLimit = 512 * 1024;
var summaryPromptLimit = 1e3;
var headline = {
  pending: "⏳ Rivya generation did not start",
  "dry-run": "🧪 Rivya dry run: nothing was created",
  queued: "⏳ Rivya task queued",
  processing: "⏳ Rivya task processing",
  succeeded: "✅ Rivya generation succeeded",
  failed: "❌ Rivya generation failed",
  "timed-out": "⏱️ Rivya generation timed out",
  cancelled: "🛑 Rivya step cancelled",
  error: "❌ Rivya step failed"
};
function renderSummary(report, options = {}) {
  const rows = [];
  const add = (label, value) => {
    if (value !== void 0 && value !== "") rows.push([label, value]);
  };
  add("Status", `\`${report.status}\``);
  add("Model", report.model && code(report.model));
  add("Task", report.taskId && `${code(report.taskId)}${report.resumed ? " (resumed)" : ""}`);
  add("Estimated credits", number(report.estimatedCredits));
  add("Balance", number(report.balance));
  add("Reserved credits", number(report.reservedCredits));
  add("Final credits", number(report.finalCredits));
  add(
    "Task created after",
    report.createdAt === void 0 ? void 0 : seconds(report.createdAt - report.startedAt)
  );
  add(
    "Total time",
    report.finishedAt === void 0 ? void 0 : seconds(report.finishedAt - report.startedAt)
  );
  add("Video", link("open video", report.videoUrl));
  if (report.videoUrls.length > 1) {
    add("All results", report.videoUrls.map((url, index) => link(`result ${index + 1}`, url)).join(" · "));
  }
  add("Downloaded to", report.videoPath && code(report.videoPath));
  add(
    "Artifact",
    report.artifactUrl ? link(report.artifactName ?? "artifact", report.artifactUrl) : report.artifactName && code(report.artifactName)
  );
  add(
    "Error",
    report.errorCode && `${code(report.errorCode)}${report.errorMessage ? ` ${escapeExcerpt(report.errorMessage, 2e3)}` : ""}`
  );
  add("Request id", report.requestId && code(report.requestId));
  add(
    "Reattach",
    report.taskMayExist && report.idempotencyKey ? `The create was sent but its answer was lost: a task may exist and be charged. ${reattachAdvice(report.idempotencyKey)}` : void 0
  );
  const lines = [`### ${headline[report.status]}`, "", "| | |", "|---|---|"];
  for (const [label, value] of rows) lines.push(`| ${label} | ${value} |`);
  lines.push("");
  if (report.prompt !== void 0) {
    lines.push(`**Prompt**${report.promptFile ? ` (from ${code(report.promptFile)})` : ""}`, "");
    lines.push(`> ${escapeExcerpt(report.prompt, summaryPromptLimit)}`, "");
  }
  if (report.referenceFiles.length > 0) {
    lines.push("**Reference files**", "");
    for (const file of report.referenceFiles.slice(0, 50)) lines.push(`- ${code(file)}`);
    if (report.referenceFiles.length > 50) lines.push(`- … and ${report.referenceFiles.length - 50} more`);
    lines.push("");
  }
  if (options.completedByPostStep) {
    lines.push(
      "_The main step was stopped before it could write this summary; the post step wrote it from the saved state._",
      ""
    );
  }
  return limitBytes(`${lines.join("\n")}
`);
}
function reattachAdvice(idempotencyKey) {
  return `Re-run this job: the step derives its Idempotency-Key ${code(idempotencyKey)} from its inputs (or takes the idempotency-key input), so the re-run gets that task instead of paying again.`;
}
function code(text) {
  return `<code>${escapeExcerpt(text, 300)}</code>`;
}
function number(value) {
  return value === void 0 ? void 0 : String(value);
}
function seconds(milliseconds) {
  return `${(Math.max(0, milliseconds) / 1e3).toFixed(1)} s`;
}
function link(label, url) {
  if (url === void 0) return void 0;
  if (!/^https?:\/\//i.test(url)) return code(url);
  const href = url.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "%3C").replace(/>/g, "%3E");
  return `<a href="${href}">${escapeMarkdown(label)}</a>`;
}
function limitBytes(text) {
  if (Buffer.byteLength(text) <= summaryByteLimit) return text;
  const cut = Buffer.from(text).subarray(0, summaryByteLimit - 100).toString("utf8").replace(/\uFFFD$/, "");
  return `${cut}

_(summary truncated)_
`;
}

// src/report/reporter.ts
var stateNames = { report: "report", summaryWritten: "summary-written" };
var Reporter = class {
  report;
  #secrets = [];
  #published = /* @__PURE__ */ new Map();
  #savedState = "";
  #summaryWritten = false;
  constructor(startedAt) {
    this.report = createReport(startedAt);
  }
  /** Registers a value (the API key) that must never appear in anything this reporter writes. */
  addSecret(secret) {
    if (secret.length > 0) this.#secrets.push(secret);
  }
  redact(text) {
    let result = text;
    for (const secret of this.#secrets) result = result.split(secret).join("***");
    return result;
  }
  /** The value of every output known so far (strings, as the runner stores them). */
  outputs() {
    const report = this.report;
    const values = {
      "task-id": report.taskId,
      status: report.status === "pending" ? void 0 : report.status,
      "video-url": report.videoUrl,
      "video-urls": report.videoUrls.length > 0 ? JSON.stringify(report.videoUrls) : void 0,
      "video-path": report.videoPath,
      "artifact-url": report.artifactUrl,
      "reserved-credits": report.reservedCredits?.toString(),
      "final-credits": report.finalCredits?.toString(),
      "estimated-credits": report.estimatedCredits?.toString(),
      "error-code": report.errorCode
    };
    const known = {};
    for (const [name, value] of Object.entries(values))
      if (value !== void 0) known[name] = this.redact(value);
    return known;
  }
  /** Writes outputs that are new or changed, and saves the report for the `post:` step. */
  publish() {
    for (const [name, value] of Object.entries(this.outputs())) this.#setOutput(name, value);
    this.#saveState();
  }
  /** The final publication: every output including `result` and `video-urls`, then the summary. */
  finish(now) {
    if (this.report.finishedAt === void 0) this.report.finishedAt = now;
    this.publish();
    this.#setOutput("video-urls", this.redact(JSON.stringify(this.report.videoUrls)));
    this.#setOutput("result", this.redact(JSON.stringify(this.resultJson())));
    this.writeSummary();
  }
  /** `result` output: everything known, with stable camelCase names. */
  resultJson() {
    const { prompt: _prompt, ...rest } = this.report;
    return {
      ...rest,
      durationMs: rest.finishedAt === void 0 ? void 0 : rest.finishedAt - rest.startedAt
    };
  }
  /** Appends the job summary once (on success and failure alike) and records that it was written. */
  writeSummary(options = {}) {
    if (this.#summaryWritten) return;
    this.#summaryWritten = true;
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file) {
      try {
        appendFileSync(file, this.redact(renderSummary(this.report, options)), "utf8");
      } catch (error) {
        warning(
          `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`
        );
      }
    }
    if (process.env.GITHUB_STATE) saveState(stateNames.summaryWritten, "true");
  }
  get summaryWritten() {
    return this.#summaryWritten;
  }
  #setOutput(name, value) {
    if (this.#published.get(name) === value) return;
    this.#published.set(name, value);
    setOutput(name, value);
  }
  #saveState() {
    if (!process.env.GITHUB_STATE) return;
    const state = this.redact(JSON.stringify(this.report));
    if (state === this.#savedState) return;
    this.#savedState = state;
    saveState(stateNames.report, state);
  }
};

export {
  escapeMarkdown,
  stateNames,
  Reporter
};
