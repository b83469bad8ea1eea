import type { RivyaClient } from "../client/rivya-client.js";
import type { Task } from "../client/task.js";
import { RivyaBudgetExceededError } from "../errors/rivya-budget-exceeded-error.js";
import { RivyaError } from "../errors/rivya-error.js";
import { RivyaGenerationFailedError } from "../errors/rivya-generation-failed-error.js";
import { RivyaIdempotencyConflictError } from "../errors/rivya-idempotency-conflict-error.js";
import { RivyaInsufficientCreditsError } from "../errors/rivya-insufficient-credits-error.js";
import { RivyaValidationError } from "../errors/rivya-validation-error.js";
import type { Downloader } from "../generate/downloader.js";
import { generate } from "../generate/generate.js";
import type { GenerateEvent } from "../generate/generate-event.js";
import type { Sleep } from "../transport/sleep.js";
import { createLockWriter } from "./lock-writer.js";
import type { ManifestEvent, VideoOutcome } from "./manifest-event.js";
import type { ManifestFiles } from "./manifest-files.js";
import type { LockedVideo, ManifestLock } from "./manifest-lock.js";
import type { ManifestPlan, PlannedVideo } from "./manifest-plan.js";
import { runLimited } from "./run-limited.js";
import { uploadReferences } from "./upload-references.js";
import { manifestIdempotencyKey } from "./video-identity.js";

/** Options of `applyManifest`. */
export interface ApplyManifestOptions {
  /** File effects, relative to the manifest's folder (the lock is written through them). */
  files: ManifestFiles;
  /** Saves results (`createFileDownloader(client)` from `@rivya-kit/core/node`). */
  downloader: Downloader;
  /** Videos at a time. @default the manifest's `concurrency` */
  concurrency?: number | undefined;
  /** Per-video limit for its whole flow, in milliseconds. @default generate's 30 minutes */
  timeoutMs?: number | undefined;
  /** Stops every video; tasks already created keep running and stay recorded for a resume. */
  signal?: AbortSignal | undefined;
  /**
   * Read the balance (`GET /credits`) first and refuse when the total exceeds it. Skipped when the
   * plan already carries a balance, or nothing is to be paid.
   * @default true
   */
  checkBalance?: boolean | undefined;
  onEvent?: ((event: ManifestEvent) => void) | undefined;
  /** Replaces the client's sleep between polls (as `generate`'s `sleep`). */
  sleep?: Sleep | undefined;
}

/** What `applyManifest` did. */
export interface ManifestApplyResult {
  /** One per video of the plan, in plan order. */
  videos: VideoOutcome[];
  /** Credits of the tasks this apply created (final charges; reserved when not finished). */
  credits: number;
  succeeded: number;
  failed: number;
  /** The lock as written. */
  lock: ManifestLock;
}

const actionable = new Set(["new", "changed", "resume", "missing-output"]);

function describeFailure(error: unknown): { code: string | undefined; message: string } {
  if (RivyaError.isInstance(error)) return { code: error.code, message: error.message };
  return { code: undefined, message: error instanceof Error ? error.message : String(error) };
}

/** Refuses, before anything is sent, a plan with problems, over its budget, or over the balance. */
async function checkBeforeSpending(
  client: RivyaClient,
  plan: ManifestPlan,
  options: ApplyManifestOptions,
): Promise<void> {
  if (plan.problems.length > 0) {
    throw new RivyaValidationError(
      plan.problems.map((problem) => ({
        path: problem.video === undefined ? problem.field : `${problem.video}.${problem.field}`,
        message: problem.video === undefined ? problem.message : `${problem.video}: ${problem.message}`,
      })),
    );
  }
  if (plan.overBudget) {
    throw new RivyaBudgetExceededError(
      `Not sent: the plan needs ${plan.total} credits, over the manifest's budget of ${plan.budget}`,
      { code: "budget_exceeded" },
    );
  }
  let balance = plan.balance;
  if (balance === undefined && plan.total > 0 && options.checkBalance !== false) {
    balance = (await client.credits.get({ signal: options.signal })).current_credits;
  }
  if (balance !== undefined && plan.total > balance) {
    throw new RivyaInsufficientCreditsError(
      `Not sent: the plan needs ${plan.total} credits, the balance is ${balance}`,
      { code: "insufficient_credits" },
    );
  }
}

/**
 * Runs a plan: generates `new` and `changed` videos through `generate` (idempotency key derived
 * from the inputs, so a crash never pays twice), waits for `resume` ones, downloads
 * `missing-output` ones again from their result URL, at most `concurrency` at a time. The lock is
 * written the moment a task exists and again when it finishes. A failed video does not stop the
 * others: see `failed` in the result. Refuses (nothing sent) a plan with problems or over budget.
 */
export async function applyManifest(
  client: RivyaClient,
  plan: ManifestPlan,
  options: ApplyManifestOptions,
): Promise<ManifestApplyResult> {
  const emit = (event: ManifestEvent): void => {
    try {
      options.onEvent?.(event);
    } catch (error) {
      client.runtime.logger.warn(`onEvent handler threw: ${describeFailure(error).message}`);
    }
  };
  await checkBeforeSpending(client, plan, options);
  const lock: ManifestLock = { version: 1, videos: { ...plan.lock.videos } };
  const writer = createLockWriter(lock, options.files, () => emit({ type: "lock:written" }));
  const outcomes = new Map<string, VideoOutcome>();

  const runVideo = async (video: PlannedVideo): Promise<void> => {
    emit({ type: "video:start", id: video.id, state: video.state });
    const progress = (event: GenerateEvent) => emit({ type: "video:progress", id: video.id, event });
    const record = recordFor(video);
    lock.videos[video.id] = record;
    let outcome: VideoOutcome;
    const run = async (): Promise<void> => {
      if (video.state === "resume") await resumeVideo(client, video, record, options, progress);
      else if (video.state === "missing-output")
        await downloadAgain(record, record.taskId ?? "", options, progress);
      else await generateVideo(client, video, record, writer.save, options, progress);
    };
    try {
      // A dropped download is retried and resumed by the downloader itself; one that still fails
      // leaves the task recorded as succeeded, so the next apply downloads it again (no charge).
      await run();
      const output = await options.files.inspect(record.output);
      record.outputSha256 = output?.sha256;
      outcome = outcomeOf(video, record, "succeeded", undefined);
    } catch (error) {
      if (RivyaGenerationFailedError.isInstance(error)) {
        Object.assign(record, { status: "failed", credits: 0, error: error.message });
      } else if (RivyaIdempotencyConflictError.isInstance(error) && record.taskId === undefined) {
        // The key was used with another body (e.g. references uploaded again after their URLs
        // expired): nothing was created now, and the next apply moves on to a new attempt.
        Object.assign(record, { status: "failed", credits: 0, error: error.message });
      }
      if (RivyaError.isInstance(error) && error.taskId !== undefined) record.taskId ??= error.taskId;
      outcome = outcomeOf(video, record, "failed", describeFailure(error));
    }
    outcomes.set(video.id, outcome);
    await writer.save().catch((error: unknown) => {
      outcome.status = "failed";
      outcome.error = { code: "lock_write_failed", message: `lock file: ${describeFailure(error).message}` };
    });
    emit({ type: "video:done", id: video.id, outcome });
  };

  const work = plan.videos.filter((video) => actionable.has(video.state));
  await runLimited(work, options.concurrency ?? plan.concurrency, runVideo);
  let removed = false;
  for (const video of plan.videos) {
    if (video.state === "removed") {
      delete lock.videos[video.id];
      removed = true;
    }
  }
  if (removed) await writer.save();
  await writer.settled();

  const videos = plan.videos.map(
    (video) => outcomes.get(video.id) ?? outcomeOf(video, video.locked, "skipped", undefined),
  );
  return {
    videos,
    credits: videos.reduce(
      (sum, outcome, index) => sum + (isPaid(plan.videos[index]!) ? outcome.credits : 0),
      0,
    ),
    succeeded: videos.filter((outcome) => outcome.status === "succeeded").length,
    failed: videos.filter((outcome) => outcome.status === "failed").length,
    lock,
  };
}

function isPaid(video: PlannedVideo): boolean {
  return video.state === "new" || video.state === "changed";
}

/** The lock record a video starts this apply with. */
function recordFor(video: PlannedVideo): LockedVideo {
  const locked = video.locked;
  if (!isPaid(video) && locked) return { ...locked, uploads: [...locked.uploads] };
  const inputsHash = video.inputsHash ?? "";
  // Uploads of the same attempt are kept: a create sent again must carry the same file URLs.
  const sameAttempt = locked?.inputsHash === inputsHash && locked.attempt === video.attempt;
  return {
    inputsHash,
    model: video.model ?? "",
    attempt: video.attempt,
    idempotencyKey: manifestIdempotencyKey(inputsHash, video.attempt, video.id),
    taskId: undefined,
    status: "uploading",
    credits: undefined,
    resultUrl: undefined,
    output: video.out,
    outputSha256: undefined,
    error: undefined,
    uploads: sameAttempt ? [...locked.uploads] : [],
  };
}

function outcomeOf(
  video: PlannedVideo,
  record: LockedVideo | undefined,
  status: VideoOutcome["status"],
  error: VideoOutcome["error"],
): VideoOutcome {
  return {
    id: video.id,
    state: video.state,
    status,
    taskId: record?.taskId,
    credits: status === "skipped" ? 0 : (record?.credits ?? 0),
    resultUrl: record?.resultUrl,
    output: record?.output ?? video.out,
    error,
  };
}

function noteTask(record: LockedVideo, task: Task): void {
  record.status = task.status;
  record.credits = task.final_credits || task.reserved_credits;
  record.resultUrl = task.result?.primary_url ?? task.result?.urls?.[0] ?? record.resultUrl;
}

async function generateVideo(
  client: RivyaClient,
  video: PlannedVideo,
  record: LockedVideo,
  save: () => Promise<void>,
  options: ApplyManifestOptions,
  progress: (event: GenerateEvent) => void,
): Promise<void> {
  const request = video.request!;
  const references = await uploadReferences(client, request.model, request.references, record.uploads, {
    files: options.files,
    signal: options.signal,
  });
  // Recorded before the create: the attempt (hence the key) and the file URLs a repeat must reuse.
  await save();
  const result = await generate(
    client,
    { model: request.model, prompt: request.prompt, params: request.params, references },
    {
      idempotencyKey: record.idempotencyKey,
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      sleep: options.sleep,
      downloader: options.downloader,
      download: { to: options.files.resolve(record.output), overwrite: true },
      onEvent: (event) => {
        if (event.type === "created") {
          record.taskId = event.taskId;
          noteTask(record, event.task);
          // The moment the task exists; the wait goes on meanwhile (writes are queued in order).
          save().catch((error: unknown) =>
            client.runtime.logger.warn(`lock file not written: ${describeFailure(error).message}`),
          );
        } else if (event.type === "status") {
          noteTask(record, event.task);
        }
        progress(event);
      },
    },
  );
  if (result.task) noteTask(record, result.task);
  record.resultUrl = result.urls[0] ?? record.resultUrl;
}

async function resumeVideo(
  client: RivyaClient,
  video: PlannedVideo,
  record: LockedVideo,
  options: ApplyManifestOptions,
  progress: (event: GenerateEvent) => void,
): Promise<void> {
  const taskId = record.taskId;
  if (taskId === undefined) throw new RivyaError(`${video.id}: the lock records no task to resume`);
  // The core's own wait (the same poll schedule as generate), then the same downloader.
  const task = await client.generations.wait(taskId, {
    signal: options.signal,
    timeoutMs: options.timeoutMs,
    sleep: options.sleep,
    onProgress: (update) => {
      noteTask(record, update.task);
      progress({ type: "status", ...update });
    },
  });
  noteTask(record, task);
  await downloadAgain(record, taskId, options, progress);
}

async function downloadAgain(
  record: LockedVideo,
  taskId: string,
  options: ApplyManifestOptions,
  progress: (event: GenerateEvent) => void,
): Promise<void> {
  const url = record.resultUrl;
  if (url === undefined) throw new RivyaError(`task ${taskId}: the lock records no result URL`, { taskId });
  progress({ type: "download:start", taskId, url, index: 0 });
  const file = await options.downloader({
    url,
    target: { to: options.files.resolve(record.output), overwrite: true },
    index: 0,
    count: 1,
    taskId,
    signal: options.signal,
    onProgress: (update) => progress({ type: "download:progress", taskId, index: 0, ...update }),
  });
  progress({ type: "download:done", taskId, index: 0, file });
}
