import type { ActionReport, ReportStatus } from "./action-report.js";
import { escapeExcerpt, escapeMarkdown } from "./escape-markdown.js";

/** GitHub refuses a step summary above 1 MiB; stay well below it. */
export const summaryByteLimit = 512 * 1024;
/** Longest prompt shown in the summary, in characters. */
export const summaryPromptLimit = 1000;

const headline: Record<ReportStatus, string> = {
  pending: "⏳ Rivya generation did not start",
  "dry-run": "🧪 Rivya dry run: nothing was created",
  queued: "⏳ Rivya task queued",
  processing: "⏳ Rivya task processing",
  succeeded: "✅ Rivya generation succeeded",
  failed: "❌ Rivya generation failed",
  "timed-out": "⏱️ Rivya generation timed out",
  cancelled: "🛑 Rivya step cancelled",
  error: "❌ Rivya step failed",
};

/**
 * Renders the job summary of one step: status, model, task id, credits, timings, the escaped and
 * truncated prompt, reference files and links. Summaries strip `<video>`, so the video is a link.
 */
export function renderSummary(report: ActionReport, options: { completedByPostStep?: boolean } = {}): string {
  const rows: [string, string][] = [];
  const add = (label: string, value: string | undefined): void => {
    if (value !== undefined && value !== "") rows.push([label, value]);
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
    report.createdAt === undefined ? undefined : seconds(report.createdAt - report.startedAt),
  );
  add(
    "Total time",
    report.finishedAt === undefined ? undefined : seconds(report.finishedAt - report.startedAt),
  );
  add("Video", link("open video", report.videoUrl));
  if (report.videoUrls.length > 1) {
    add("All results", report.videoUrls.map((url, index) => link(`result ${index + 1}`, url)).join(" · "));
  }
  add("Downloaded to", report.videoPath && code(report.videoPath));
  add(
    "Artifact",
    report.artifactUrl
      ? link(report.artifactName ?? "artifact", report.artifactUrl)
      : report.artifactName && code(report.artifactName),
  );
  add(
    "Error",
    report.errorCode &&
      `${code(report.errorCode)}${report.errorMessage ? ` ${escapeExcerpt(report.errorMessage, 2000)}` : ""}`,
  );
  add("Request id", report.requestId && code(report.requestId));
  add(
    "Reattach",
    report.taskMayExist && report.idempotencyKey
      ? `The create was sent but its answer was lost: a task may exist and be charged. ${reattachAdvice(report.idempotencyKey)}`
      : undefined,
  );

  const lines = [`### ${headline[report.status]}`, "", "| | |", "|---|---|"];
  for (const [label, value] of rows) lines.push(`| ${label} | ${value} |`);
  lines.push("");
  if (report.prompt !== undefined) {
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
      "",
    );
  }
  return limitBytes(`${lines.join("\n")}\n`);
}

/** Why re-running the job is safe: the key is stable, so the API returns the task it already made. */
export function reattachAdvice(idempotencyKey: string): string {
  return `Re-run this job: the step derives its Idempotency-Key ${code(idempotencyKey)} from its inputs (or takes the idempotency-key input), so the re-run gets that task instead of paying again.`;
}

function code(text: string): string {
  return `<code>${escapeExcerpt(text, 300)}</code>`;
}

function number(value: number | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

function seconds(milliseconds: number): string {
  return `${(Math.max(0, milliseconds) / 1000).toFixed(1)} s`;
}

/** A link only for http(s) URLs; anything else is shown as inert text. */
function link(label: string, url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  if (!/^https?:\/\//i.test(url)) return code(url);
  const href = url.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "%3C").replace(/>/g, "%3E");
  return `<a href="${href}">${escapeMarkdown(label)}</a>`;
}

function limitBytes(text: string): string {
  if (Buffer.byteLength(text) <= summaryByteLimit) return text;
  const cut = Buffer.from(text)
    .subarray(0, summaryByteLimit - 100)
    .toString("utf8")
    .replace(/\uFFFD$/, "");
  return `${cut}\n\n_(summary truncated)_\n`;
}
