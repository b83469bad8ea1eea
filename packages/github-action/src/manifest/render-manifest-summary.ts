import type { ManifestApplyResult, ManifestPlan } from "@rivya-kit/core";
import { escapeMarkdown } from "../report/escape-markdown.js";

const stateIcon: Record<string, string> = {
  new: "🆕",
  changed: "✏️",
  unchanged: "✔️",
  resume: "⏯️",
  "missing-output": "⬇️",
  removed: "🗑️",
  invalid: "❌",
};

function totals(plan: ManifestPlan): string {
  const against = [
    plan.budget === undefined
      ? undefined
      : `budget ${plan.budget}${plan.overBudget ? " — **over budget**" : ""}`,
    plan.balance === undefined
      ? undefined
      : `balance ${plan.balance}${plan.overBalance ? " — **not enough**" : ""}`,
  ].filter(Boolean);
  return `**Total: ${plan.total} credits**${plan.complete ? "" : " (some prices unknown)"}${against.length ? ` (${against.join(", ")})` : ""}`;
}

function problems(plan: ManifestPlan): string[] {
  if (plan.problems.length === 0) return [];
  return [
    "",
    `**${plan.problems.length} problem${plan.problems.length === 1 ? "" : "s"}** (nothing is sent until fixed):`,
    "",
    ...plan.problems.map(
      (problem) =>
        `- ${problem.video === undefined ? "" : `\`${problem.video}\`: `}${escapeMarkdown(problem.message)}`,
    ),
  ];
}

/** The plan as a job summary: one row per video (state, model, credits), the total against budget and balance. */
export function renderPlanSummary(plan: ManifestPlan, manifest: string): string {
  const rows = plan.videos.map(
    (video) =>
      `| \`${video.id}\` | ${stateIcon[video.state] ?? ""} ${video.state} | ${video.model ?? "-"} | ${video.credits ?? "?"} | ${escapeMarkdown(video.reason ?? "")} |`,
  );
  return [
    `## Rivya plan: ${escapeMarkdown(manifest)}`,
    "",
    "| video | state | model | credits | note |",
    "| --- | --- | --- | ---: | --- |",
    ...rows,
    "",
    totals(plan),
    ...problems(plan),
    "",
  ].join("\n");
}

/** The apply as a job summary: one row per video (state, result, credits, task, file or link). */
export function renderApplySummary(
  plan: ManifestPlan,
  result: ManifestApplyResult,
  manifest: string,
): string {
  const rows = result.videos.map((outcome) => {
    const status =
      outcome.status === "failed"
        ? `❌ failed: ${escapeMarkdown(outcome.error?.message ?? "")}`
        : outcome.status === "skipped"
          ? "—"
          : "✅ succeeded";
    const link = outcome.resultUrl ? ` ([result](${outcome.resultUrl}))` : "";
    return `| \`${outcome.id}\` | ${stateIcon[outcome.state] ?? ""} ${outcome.state} | ${status} | ${outcome.credits} | ${outcome.taskId ?? "-"} | \`${escapeMarkdown(outcome.output)}\`${link} |`;
  });
  return [
    `## Rivya apply: ${escapeMarkdown(manifest)}`,
    "",
    "| video | plan | result | credits | task | output |",
    "| --- | --- | --- | ---: | --- | --- |",
    ...rows,
    "",
    `**${result.succeeded} succeeded, ${result.failed} failed; ${result.credits} credits for new tasks** (planned ${plan.total})`,
    "",
  ].join("\n");
}
