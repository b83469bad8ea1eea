import { type Catalog, defaultCatalog } from "../catalog/catalog.js";
import { RivyaValidationError } from "../errors/rivya-validation-error.js";
import { estimateCredits } from "../estimate/estimate-credits.js";
import { validateRequest } from "../validation/validate-request.js";
import { checkManifest } from "./check-manifest.js";
import { type ExpandedVideo, expandManifest } from "./expand-manifest.js";
import { DEFAULT_MANIFEST_CONCURRENCY } from "./manifest.js";
import type { ManifestFiles } from "./manifest-files.js";
import type { LockedVideo, ManifestLock } from "./manifest-lock.js";
import type { ManifestPlan, PlannedReference, PlannedVideo } from "./manifest-plan.js";
import type { ManifestProblem } from "./manifest-problem.js";
import { videoInputsHash } from "./video-identity.js";

/** Options of `planManifest`. */
export interface PlanManifestOptions {
  /** The lock file as read (see `parseLock`). */
  lock: ManifestLock;
  /** File effects, relative to the manifest's folder. */
  files: ManifestFiles;
  /** @default the built-in catalog */
  catalog?: Catalog | undefined;
  /** Plan only these video ids (expanded ids, or an entry id for all its matrix videos). @default all */
  only?: readonly string[] | undefined;
  /** Generate these again although unchanged (expanded or entry ids): the only way to pay twice. */
  force?: readonly string[] | undefined;
  /** The account's balance, to compare with the total. */
  balance?: number | undefined;
}

const unfinished = new Set(["queued", "processing"]);

function matches(video: ExpandedVideo, ids: readonly string[] | undefined): boolean {
  return ids !== undefined && (ids.includes(video.id) || ids.includes(video.entryId));
}

/** Loads a video's prompt and reference files; reports missing ones under the field naming them. */
async function loadInputs(
  video: ExpandedVideo,
  files: ManifestFiles,
  report: (field: string, message: string) => void,
): Promise<{ prompt: string | undefined; references: PlannedReference[] }> {
  let prompt = video.prompt;
  if (video.promptFile !== undefined) {
    prompt = await files.readText(video.promptFile);
    if (prompt === undefined) report("prompt-file", `prompt-file: "${video.promptFile}" does not exist`);
    else prompt = prompt.trim();
  }
  const references: PlannedReference[] = [];
  for (const [index, path] of video.images.entries()) {
    const file = await files.inspect(path);
    if (file === undefined) report(`images[${index}]`, `images[${index}]: "${path}" does not exist`);
    else references.push({ path, ...file });
  }
  return { prompt, references };
}

/** The state of a valid video against its lock record. */
async function stateOf(
  video: ExpandedVideo,
  inputsHash: string,
  locked: LockedVideo | undefined,
  forced: boolean,
  files: ManifestFiles,
): Promise<Pick<PlannedVideo, "state" | "reason" | "attempt">> {
  if (locked === undefined) return { state: "new", reason: undefined, attempt: 1 };
  const sameInputs = locked.inputsHash === inputsHash;
  if (!sameInputs) return { state: "changed", reason: forced ? "forced" : "inputs changed", attempt: 1 };
  // An attempt with no task recorded is repeated with its key, forced or not: a crash between its
  // create and the lock write must not turn into a second charge.
  if (locked.status === "uploading")
    return { state: forced ? "changed" : "new", reason: "no task recorded yet", attempt: locked.attempt };
  if (unfinished.has(locked.status))
    return { state: "resume", reason: `task ${locked.taskId} ${locked.status}`, attempt: locked.attempt };
  if (forced) return { state: "changed", reason: "forced", attempt: locked.attempt + 1 };
  if (locked.status === "failed")
    return { state: "new", reason: "last attempt failed (refunded)", attempt: locked.attempt + 1 };
  if (locked.resultUrl === undefined)
    return { state: "resume", reason: `task ${locked.taskId} ${locked.status}`, attempt: locked.attempt };
  const output = await files.inspect(video.out);
  if (output === undefined)
    return { state: "missing-output", reason: "output file missing", attempt: locked.attempt };
  if (locked.outputSha256 !== undefined && output.sha256 !== locked.outputSha256)
    return { state: "missing-output", reason: "output differs from the lock", attempt: locked.attempt };
  return { state: "unchanged", reason: undefined, attempt: locked.attempt };
}

async function planVideo(
  video: ExpandedVideo,
  options: PlanManifestOptions,
  catalog: Catalog,
  problems: ManifestProblem[],
  warnings: string[],
): Promise<PlannedVideo> {
  const before = problems.length;
  const report = (field: string, message: string) => problems.push({ video: video.id, field, message });
  const locked = options.lock.videos[video.id];
  const base: PlannedVideo = {
    id: video.id,
    state: "invalid",
    reason: undefined,
    model: video.model,
    credits: undefined,
    out: video.out,
    inputsHash: undefined,
    attempt: 1,
    request: undefined,
    locked,
  };
  const { prompt, references } = await loadInputs(video, options.files, report);
  if (video.model === undefined) report("model", "model: missing (set model on the video or in defaults)");
  if (video.model === undefined) return { ...base, reason: "see problems" };
  try {
    const validated = validateRequest(
      {
        model: video.model,
        prompt,
        params: video.params,
        references: references.map((file) => ({
          mimeType: file.mimeType,
          sizeBytes: file.sizeBytes,
          name: file.path,
        })),
      },
      { catalog },
    );
    for (const warning of validated.warnings) warnings.push(`${video.id}: ${warning}`);
    // A missing prompt file or image was reported above; the rest was still checked.
    if (problems.length > before) return { ...base, reason: "see problems" };
    const request = {
      model: video.model,
      prompt: validated.body.prompt,
      params: validated.body.params,
      references,
    };
    const inputsHash = await videoInputsHash(
      {
        model: request.model,
        prompt: request.prompt,
        params: request.params,
        references: references.map((file) => file.sha256),
      },
      options.files.digest,
    );
    const state = await stateOf(video, inputsHash, locked, matches(video, options.force), options.files);
    const paid = state.state === "new" || state.state === "changed";
    const credits = paid ? estimateCredits({ model: video.model }, { catalog }).lines[0]?.credits : 0;
    return { ...base, ...state, credits, inputsHash, request };
  } catch (error) {
    if (!RivyaValidationError.isInstance(error)) throw error;
    const promptFileMissing = problems.some(
      (problem) => problem.video === video.id && problem.field === "prompt-file",
    );
    for (const issue of error.issues) {
      // "prompt is required" only repeats a missing prompt file.
      if (promptFileMissing && issue.path === "prompt") continue;
      // The manifest calls reference files `images`.
      report(issue.path.replace(/^references/, "images"), issue.message.replace(/^references/, "images"));
    }
    return { ...base, reason: "see problems" };
  }
}

/**
 * Compares a manifest with its lock file: per video `new`, `changed`, `unchanged`, `resume`,
 * `missing-output` or `removed`, the credits an apply would reserve, and every problem of every
 * entry at once (naming the video id and field). Sends nothing: files are read through `files`.
 */
export async function planManifest(data: unknown, options: PlanManifestOptions): Promise<ManifestPlan> {
  const catalog = options.catalog ?? defaultCatalog;
  const checked = checkManifest(data);
  const expanded = expandManifest(checked.manifest);
  const problems = [...checked.problems, ...expanded.problems];
  const warnings: string[] = [];
  const selected = expanded.videos.filter(
    (video) => options.only === undefined || matches(video, options.only),
  );
  for (const [field, ids] of [
    ["only", options.only],
    ["force", options.force],
  ] as const) {
    for (const id of ids ?? []) {
      if (!expanded.videos.some((video) => video.id === id || video.entryId === id))
        problems.push({ video: undefined, field, message: `${field}: no video "${id}" in the manifest` });
    }
  }
  const videos: PlannedVideo[] = [];
  for (const video of selected) videos.push(await planVideo(video, options, catalog, problems, warnings));
  if (options.only === undefined) {
    const declared = new Set(expanded.videos.map((video) => video.id));
    for (const [id, locked] of Object.entries(options.lock.videos)) {
      if (declared.has(id)) continue;
      videos.push({
        id,
        state: "removed",
        reason: "no longer in the manifest (the file is kept)",
        model: locked.model,
        credits: 0,
        out: locked.output,
        inputsHash: locked.inputsHash,
        attempt: locked.attempt,
        request: undefined,
        locked,
      });
    }
  }
  const total = videos.reduce((sum, video) => sum + (video.credits ?? 0), 0);
  const { budget } = checked.manifest;
  return {
    videos,
    problems,
    total,
    complete: videos.every((video) => video.state === "invalid" || video.credits !== undefined),
    budget,
    balance: options.balance,
    overBudget: budget !== undefined && total > budget,
    overBalance: options.balance !== undefined && total > options.balance,
    concurrency: checked.manifest.concurrency ?? DEFAULT_MANIFEST_CONCURRENCY,
    lock: options.lock,
    warnings,
  };
}
