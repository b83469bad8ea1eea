import * as core from "@actions/core";
import {
  createRivyaClient,
  type GenerateEvent,
  type GenerateOptions,
  generate,
  type NodeRivyaClientOptions,
  type RivyaLogger,
} from "@rivya-kit/core/node";
import { deriveIdempotencyKey } from "../idempotency-key.js";
import type { ActionInputs } from "../inputs/action-inputs.js";
import { applyShortcuts } from "../inputs/apply-shortcuts.js";
import { applyEvent } from "../report/apply-event.js";
import type { Reporter } from "../report/reporter.js";
import { describeEvent } from "./describe-event.js";
import { resumeTask } from "./resume-task.js";

/** What one generation needs from the step. */
export interface GenerationContext {
  inputs: ActionInputs;
  reporter: Reporter;
  signal: AbortSignal;
  /** Where results go when `output-path` is not given. */
  outputDirectory: string;
  /** Overrides of the client's effects (tests, embedders). */
  clientOptions?: NodeRivyaClientOptions | undefined;
}

/**
 * Maps the inputs to the core's `generate` (or, with `task-id`, to a wait on that task) and its
 * events to the log, the report and the outputs. All protocol work — validation, estimates,
 * uploads, the idempotent create, polling, retries, the download — happens in the core.
 */
export async function runGeneration(context: GenerationContext): Promise<void> {
  const { inputs, reporter } = context;
  const client = createRivyaClient({
    ...context.clientOptions,
    apiKey: inputs.apiKey,
    baseUrl: inputs.baseUrl,
    logger: actionsLogger(reporter),
    logLevel: core.isDebug() ? "debug" : "warn",
    userAgent: "rivya-kit-github-action",
    // Only poll/retry jitter and multipart boundaries draw from it: the create's Idempotency-Key
    // is always the Action's own.
    random: context.clientOptions?.random ?? Math.random,
  });
  const onEvent = (event: GenerateEvent): void => {
    const previousStatus = reporter.report.status;
    applyEvent(reporter.report, event, Date.now());
    // Outputs and state first, before any log line: the task id is on record the moment the task
    // exists, even if the step is killed right after.
    if (event.type === "created" || reporter.report.status !== previousStatus) reporter.publish();
    const line = describeEvent(event, inputs);
    if (line !== undefined) core.info(reporter.redact(line));
    if (event.type === "created") {
      core.notice(
        `Rivya task ${event.taskId} created for ${event.task.model}. Status: ${inputs.baseUrl}/api/v1/generations/${event.taskId}`,
        { title: "Rivya task" },
      );
    }
  };
  const download = inputs.download
    ? {
        to:
          inputs.outputPath === undefined
            ? `${context.outputDirectory}/`
            : inputs.outputIsDirectory
              ? `${inputs.outputPath}/`
              : inputs.outputPath,
        overwrite: true,
      }
    : undefined;

  if (inputs.taskId !== undefined) {
    await resumeTask({ client, taskId: inputs.taskId, inputs, signal: context.signal, download, onEvent });
    return;
  }

  const params = applyShortcuts(inputs.model, inputs.params, inputs.shortcuts);
  const request = {
    model: inputs.model!,
    prompt: inputs.prompt,
    params,
    references: inputs.referenceFiles.map((file) => ({ path: file })),
  };
  const idempotencyKey =
    inputs.idempotencyKey ??
    (await deriveIdempotencyKey({
      baseUrl: inputs.baseUrl,
      model: inputs.model,
      prompt: inputs.prompt,
      params,
      referenceFiles: inputs.referenceFiles,
    }));
  core.debug(`Idempotency-Key: ${idempotencyKey}`);
  const options: GenerateOptions = {
    wait: inputs.wait,
    dryRun: inputs.dryRun,
    maxCredits: inputs.maxCredits,
    checkBalance: inputs.dryRun ? inputs.apiKey !== undefined : undefined,
    timeoutMs: inputs.timeoutMs,
    signal: context.signal,
    idempotencyKey,
    download: inputs.wait ? download : undefined,
    onEvent,
  };
  const result = await generate(client, request, options);
  if (result.status === "dry_run") {
    reporter.report.status = "dry-run";
    reporter.report.estimatedCredits = result.estimate.complete ? result.estimate.total : undefined;
    reporter.report.balance = result.balance;
    const price = result.estimate.complete
      ? `${result.estimate.total} credits${result.estimate.exact ? "" : " (estimate)"}`
      : "an unknown number of credits (the model is not in the catalog)";
    const balance = result.balance === undefined ? "" : ` (balance ${result.balance})`;
    core.info(`Dry run: ${inputs.model} would cost ${price}${balance}. Nothing was created.`);
  }
  for (const warning of result.warnings) core.warning(reporter.redact(warning));
}

/**
 * The core's log lines, into the job log. Its `info` lines repeat what the events already say, so
 * they only show with step debugging; warnings (a retried request) and errors are plain log lines,
 * not annotations — annotations are kept for what the user must see (the task, the outcome).
 */
function actionsLogger(reporter: Reporter): RivyaLogger {
  const format = (message: string, fields?: Record<string, unknown>): string =>
    reporter.redact(
      fields && Object.keys(fields).length > 0 ? `${message} ${JSON.stringify(fields)}` : message,
    );
  return {
    debug: (message, fields) => core.debug(format(message, fields)),
    info: (message, fields) => core.debug(format(message, fields)),
    warn: (message, fields) => core.info(`warning: ${format(message, fields)}`),
    error: (message, fields) => core.info(`error: ${format(message, fields)}`),
  };
}
