import { appendFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import * as core from "@actions/core";
import {
  applyManifest,
  createFileDownloader,
  createRivyaClient,
  type ManifestApplyResult,
  type ManifestEvent,
  type ManifestPlan,
  type NodeRivyaClientOptions,
  nodeManifestFiles,
  parseLock,
  planManifest,
  RivyaError,
  readManifestLock,
} from "@rivya-kit/core/node";
import { parse } from "yaml";
import { ActionInputError } from "../inputs/action-input-error.js";
import { readManifestInputs } from "./manifest-inputs.js";
import { renderApplySummary, renderPlanSummary } from "./render-manifest-summary.js";

/** What manifest mode needs from `run()`. */
export interface RunManifestOptions {
  signal: AbortSignal;
  clientOptions?: Omit<NodeRivyaClientOptions, "apiKey" | "baseUrl"> | undefined;
  /** Hides the key in anything written. */
  redact: (text: string) => string;
}

async function loadManifest(path: string, shown: string): Promise<unknown> {
  const text = await readFile(path, "utf8").catch((error: unknown) => {
    const code = (error as { code?: string }).code;
    throw new ActionInputError(
      "manifest",
      `manifest: "${shown}" ${code === "ENOENT" ? "does not exist in the workspace (check out the repository first)" : `cannot be read (${code})`}`,
    );
  });
  try {
    return parse(text, { uniqueKeys: true });
  } catch (error) {
    throw new ActionInputError(
      "manifest",
      `manifest: "${shown}" is not valid YAML or JSON: ${(error as Error).message.split("\n")[0]}`,
    );
  }
}

function writeSummary(markdown: string, redact: (text: string) => string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, redact(markdown), "utf8");
}

function logEvent(event: ManifestEvent): void {
  if (event.type === "video:start") core.info(`${event.id}: ${event.state}`);
  else if (event.type === "video:done") {
    const { outcome } = event;
    if (outcome.status === "failed")
      core.error(`${outcome.id}: ${outcome.error?.message}`, { title: outcome.id });
    else
      core.info(
        `${outcome.id}: succeeded (${outcome.taskId}, ${outcome.credits} credits) → ${outcome.output}`,
      );
  } else if (event.type === "video:progress" && event.event.type === "created") {
    core.info(`${event.id}: task ${event.event.taskId} created`);
  }
}

function planResults(plan: ManifestPlan): unknown[] {
  return plan.videos.map((video) => ({
    id: video.id,
    state: video.state,
    model: video.model,
    credits: video.credits,
    output: video.out,
    taskId: video.locked?.taskId,
  }));
}

/** Why nothing may be sent: invalid entries, over budget, over balance; undefined when fine. */
function refusal(plan: ManifestPlan): { code: string; message: string } | undefined {
  if (plan.problems.length > 0)
    return {
      code: "local_validation",
      message: `${plan.problems.length} problem(s) in the manifest (see the job summary); nothing was sent`,
    };
  if (plan.overBudget)
    return {
      code: "budget_exceeded",
      message: `the plan needs ${plan.total} credits, over the manifest's budget of ${plan.budget}; nothing was sent`,
    };
  if (plan.overBalance)
    return {
      code: "insufficient_credits",
      message: `the plan needs ${plan.total} credits, the balance is ${plan.balance}; nothing was sent`,
    };
  return undefined;
}

/**
 * Manifest mode: `plan` writes each video's state and cost into the job summary (a pull request's
 * price); `apply` generates the new and changed videos, updates the lock file beside the manifest
 * in the workspace (commit both in a later step), and summarises every video.
 * Outputs: `results` (JSON, one entry per video), `total-credits`, `status`, `error-code`.
 */
export async function runManifest(options: RunManifestOptions): Promise<void> {
  const inputs = readManifestInputs();
  const data = await loadManifest(inputs.manifestPath, inputs.manifest);
  const client =
    inputs.apiKey === undefined
      ? undefined
      : createRivyaClient({ ...options.clientOptions, apiKey: inputs.apiKey, baseUrl: inputs.baseUrl });
  const files = nodeManifestFiles(inputs.manifestPath);
  const balance = client ? (await client.credits.get({ signal: options.signal })).current_credits : undefined;
  const plan = await planManifest(data, {
    lock: parseLock(await readManifestLock(inputs.manifestPath)),
    files,
    only: inputs.only,
    force: inputs.force,
    balance,
  });
  const refused = refusal(plan);
  if (inputs.mode === "plan" || refused || client === undefined) {
    writeSummary(renderPlanSummary(plan, inputs.manifest), options.redact);
    core.setOutput("results", JSON.stringify(planResults(plan)));
    core.setOutput("total-credits", String(plan.total));
    core.setOutput("status", refused ? "error" : "planned");
    if (refused) {
      core.setOutput("error-code", refused.code);
      core.setFailed(refused.message);
    } else core.info(`Plan: ${plan.total} credits for ${plan.videos.length} videos (see the job summary)`);
    return;
  }
  let result: ManifestApplyResult;
  try {
    result = await applyManifest(client, plan, {
      files,
      downloader: createFileDownloader(client),
      timeoutMs: inputs.timeoutMs,
      signal: options.signal,
      checkBalance: false,
      onEvent: logEvent,
    });
  } catch (error) {
    writeSummary(renderPlanSummary(plan, inputs.manifest), options.redact);
    core.setOutput("status", "error");
    if (RivyaError.isInstance(error) && error.code) core.setOutput("error-code", error.code);
    throw error;
  }
  writeSummary(renderApplySummary(plan, result, inputs.manifest), options.redact);
  core.setOutput("results", options.redact(JSON.stringify(result.videos)));
  core.setOutput("total-credits", String(result.credits));
  core.setOutput("status", result.failed > 0 ? "failed" : "succeeded");
  if (result.failed > 0) {
    core.setOutput("error-code", "videos_failed");
    const message = `${result.failed} of ${result.videos.length} videos failed (see the job summary); the lock file records the rest: re-run to retry only those`;
    if (inputs.failOnError) core.setFailed(message);
    else core.warning(`${message} (fail-on-error is false: the step succeeds)`);
  }
}
