import type { ManifestPlan } from "@rivya-kit/core";
import { formatTable } from "../output/format.js";

/** The plan as a table (id, state, model, credits, why) and the total against budget and balance. */
export function renderPlan(plan: ManifestPlan): string[] {
  const rows = [["VIDEO", "STATE", "MODEL", "CREDITS", "NOTE"]];
  for (const video of plan.videos) {
    rows.push([
      video.id,
      video.state,
      video.model ?? "-",
      video.credits === undefined ? "?" : String(video.credits),
      video.reason ?? "",
    ]);
  }
  const lines = formatTable(rows);
  const counts = new Map<string, number>();
  for (const video of plan.videos) counts.set(video.state, (counts.get(video.state) ?? 0) + 1);
  lines.push("");
  lines.push([...counts].map(([state, count]) => `${count} ${state}`).join(", ") || "no videos");
  const against = [
    plan.budget === undefined ? undefined : `budget ${plan.budget}${plan.overBudget ? " — OVER BUDGET" : ""}`,
    plan.balance === undefined
      ? undefined
      : `balance ${plan.balance}${plan.overBalance ? " — NOT ENOUGH" : ""}`,
  ].filter(Boolean);
  lines.push(
    `total: ${plan.total}${plan.complete ? "" : "+ (some prices unknown)"} credits${against.length ? ` (${against.join(", ")})` : ""}`,
  );
  for (const warning of plan.warnings) lines.push(`warning: ${warning}`);
  for (const problem of plan.problems) {
    lines.push(`invalid: ${problem.video === undefined ? "" : `${problem.video}: `}${problem.message}`);
  }
  return lines;
}

/** The plan as JSON (without the lock's upload records). */
export function planDocument(plan: ManifestPlan): Record<string, unknown> {
  return {
    videos: plan.videos.map((video) => ({
      id: video.id,
      state: video.state,
      reason: video.reason,
      model: video.model,
      credits: video.credits,
      out: video.out,
      taskId: video.locked?.taskId,
    })),
    total: plan.total,
    complete: plan.complete,
    budget: plan.budget,
    balance: plan.balance,
    overBudget: plan.overBudget,
    overBalance: plan.overBalance,
    problems: plan.problems,
    warnings: plan.warnings,
  };
}
