import { tmpdir } from "node:os";
import path from "node:path";
import * as core from "@actions/core";
import type { NodeRivyaClientOptions } from "@rivya-kit/core/node";
import { ArtifactUploadError } from "./artifact/artifact-upload-error.js";
import { createDefaultArtifactUploader } from "./artifact/default-artifact-uploader.js";
import { type ArtifactUploader, uploadVideoArtifact } from "./artifact/upload-video-artifact.js";
import { installCancellation } from "./cancellation.js";
import { runGeneration } from "./generation/run-generation.js";
import { startHeartbeat } from "./heartbeat.js";
import type { ActionInputs } from "./inputs/action-inputs.js";
import { readInput } from "./inputs/read-input.js";
import { readInputs } from "./inputs/read-inputs.js";
import { runManifestStep } from "./manifest/run-manifest-step.js";
import { classifyError } from "./report/classify-error.js";
import { Reporter } from "./report/reporter.js";

/** Options of {@link run}, for tests and embedders; the runner calls `run()` without any. */
export interface RunOptions {
  /** The artifact service client. @default `@actions/artifact`'s client (needs a real runner) */
  artifactUploader?: ArtifactUploader | undefined;
  /**
   * Handle SIGINT/SIGTERM: write the known outputs and summary, then exit non-zero.
   * @default true
   */
  handleSignals?: boolean | undefined;
  /** Interval of the "still waiting" log line, in milliseconds. @default 30000 */
  heartbeatMs?: number | undefined;
  /** Stops the step as a cancellation would (for embedders and tests). */
  signal?: AbortSignal | undefined;
  /**
   * Overrides of the Rivya client's options — transport, sleep, clock — for embedders and tests.
   * The key and base URL always come from the inputs.
   */
  client?: Omit<NodeRivyaClientOptions, "apiKey" | "baseUrl"> | undefined;
}

/**
 * The Action: reads the inputs, runs the core's `generate` flow (validate → estimate → upload →
 * create → wait → download), uploads the artifact, and publishes outputs, state and the job
 * summary — also when anything fails or the run is cancelled. Never throws: failures set the
 * step's exit code through `core.setFailed`.
 */
export async function run(options: RunOptions = {}): Promise<void> {
  const reporter = new Reporter(Date.now());
  // Mask the key before anything else can print it.
  const apiKey = readInput("api-key");
  if (apiKey !== "") {
    core.setSecret(apiKey);
    reporter.addSecret(apiKey);
  }
  if (readInput("manifest") !== "") return runManifestStep(options, (text) => reporter.redact(text));
  const controller = new AbortController();
  let cancelled = false;
  const cancel = (reason: string): void => {
    cancelled = true;
    if (["pending", "queued", "processing"].includes(reporter.report.status))
      reporter.report.status = "cancelled";
    reporter.report.errorCode ??= "cancelled";
    const task = reporter.report.taskId;
    core.warning(
      `${reason}: stopping.${task ? ` Task ${task} keeps running on Rivya; resume it with the input task-id: ${task}.` : ""}`,
    );
    reporter.finish(Date.now());
  };
  const uninstallSignals =
    options.handleSignals === false
      ? () => {}
      : installCancellation({ controller, onCancel: (signal) => cancel(`Received ${signal}`) });
  const onExternalAbort = (): void => {
    if (!controller.signal.aborted) {
      cancel("Cancelled");
      controller.abort(options.signal?.reason);
    }
  };
  options.signal?.addEventListener("abort", onExternalAbort, { once: true });
  let stopHeartbeat = (): void => {};
  let inputs: ActionInputs | undefined;

  try {
    inputs = await readInputs();
    describeInputs(reporter, inputs);
    const label = inputs.taskId
      ? `Rivya: resume ${inputs.taskId}`
      : `Rivya: ${inputs.model}${inputs.dryRun ? " (dry run)" : ""}`;
    await core.group(label, async () => {
      stopHeartbeat = startHeartbeat({
        intervalMs: options.heartbeatMs ?? 30_000,
        describe: () => heartbeatLine(reporter),
        log: core.info,
      });
      await runGeneration({
        inputs: inputs!,
        reporter,
        signal: controller.signal,
        outputDirectory: defaultOutputDirectory(),
        clientOptions: options.client,
      });
      stopHeartbeat();
    });
    if (inputs.uploadArtifact && reporter.report.videoPath && reporter.report.taskId) {
      const uploaded = await uploadVideoArtifact({
        uploader: options.artifactUploader ?? (await createDefaultArtifactUploader()),
        filePath: reporter.report.videoPath,
        taskId: reporter.report.taskId,
        retentionDays: inputs.artifactRetentionDays,
        temporaryDirectory: defaultOutputDirectory(),
      }).catch((error: unknown) => {
        throw new ArtifactUploadError(error);
      });
      reporter.report.artifactName = uploaded.name;
      reporter.report.artifactUrl = uploaded.url;
      core.info(
        `Artifact ${uploaded.name}${uploaded.reused ? " (already uploaded by an earlier attempt)" : ""}${uploaded.url ? `: ${uploaded.url}` : ""}`,
      );
    }
    reporter.finish(Date.now());
    if (reporter.report.status === "succeeded" && reporter.report.videoUrl) {
      core.notice(`Video ready: ${reporter.report.videoUrl}`, {
        title: `Rivya task ${reporter.report.taskId}`,
      });
    }
  } catch (error) {
    stopHeartbeat();
    const outcome = classifyError(error, cancelled || controller.signal.aborted);
    const report = reporter.report;
    // A failed artifact upload leaves the succeeded generation's status as it is.
    if (!ArtifactUploadError.isInstance(error)) report.status = outcome.status;
    report.errorCode = ArtifactUploadError.isInstance(error) ? error.code : outcome.code;
    report.errorMessage = reporter.redact(outcome.message);
    report.taskId ??= outcome.taskId;
    report.requestId ??= outcome.requestId;
    report.idempotencyKey ??= outcome.idempotencyKey;
    report.taskMayExist = outcome.taskMayExist === true && report.taskId === undefined;
    reporter.finish(Date.now());
    // After a failed artifact upload the task has succeeded and the video is on the runner.
    const context = ArtifactUploadError.isInstance(error)
      ? ` (the generation succeeded: task ${report.taskId}'s video is saved at ${report.videoPath}${report.videoUrl ? ` and downloadable from ${report.videoUrl}` : ""}; outputs video-path and video-url are set, only the artifact is missing)`
      : report.taskId && outcome.status !== "failed"
        ? ` (task ${report.taskId} keeps running on Rivya; resume it with the input task-id)`
        : "";
    const message = reporter.redact(
      `${outcome.message}${context}` +
        (report.taskMayExist
          ? ` (a task may exist and be charged: re-run the job — its Idempotency-Key ${report.idempotencyKey} is derived from the inputs, so the re-run reattaches without paying again)`
          : ""),
    );
    if (outcome.alwaysFail || inputs?.failOnError !== false) core.setFailed(message);
    else core.warning(`${message} (fail-on-error is false: the step succeeds)`);
  } finally {
    stopHeartbeat();
    uninstallSignals();
    options.signal?.removeEventListener("abort", onExternalAbort);
  }
}

function describeInputs(reporter: Reporter, inputs: ActionInputs): void {
  const report = reporter.report;
  report.model = inputs.model;
  report.prompt = inputs.prompt;
  report.promptFile = inputs.promptFile;
  report.resumed = inputs.taskId !== undefined;
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  report.referenceFiles = inputs.referenceFiles.map((file) => path.relative(workspace, file) || file);
}

function heartbeatLine(reporter: Reporter): string {
  const { status, taskId, startedAt } = reporter.report;
  const elapsed = Math.round((Date.now() - startedAt) / 1000);
  return `… still waiting: ${taskId ?? "no task yet"}, ${status}, ${Math.floor(elapsed / 60)}m${String(elapsed % 60).padStart(2, "0")}s elapsed`;
}

/** `$RUNNER_TEMP/rivya`: per job, cleaned by the runner, and named by task id inside, so legs never collide. */
function defaultOutputDirectory(): string {
  return path.join(process.env.RUNNER_TEMP || tmpdir(), "rivya");
}
