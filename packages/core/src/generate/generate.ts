import type { ModelId } from "../catalog/model-types.js";
import { createIdempotencyKey } from "../client/idempotency-key.js";
import type { RivyaClient } from "../client/rivya-client.js";
import type { Task } from "../client/task.js";
import { RivyaAbortedError } from "../errors/rivya-aborted-error.js";
import { RivyaBudgetExceededError } from "../errors/rivya-budget-exceeded-error.js";
import { RivyaError } from "../errors/rivya-error.js";
import { RivyaInsufficientCreditsError } from "../errors/rivya-insufficient-credits-error.js";
import { RivyaTimeoutError } from "../errors/rivya-timeout-error.js";
import { checkBudget } from "../estimate/check-budget.js";
import { estimateCredits } from "../estimate/estimate-credits.js";
import type { RivyaFile } from "../files/rivya-file.js";
import type { ReferenceMediaItem } from "../validation/generation-request.js";
import { validateRequest } from "../validation/validate-request.js";
import type { DownloadedFile } from "./downloader.js";
import type { GenerateEvent } from "./generate-event.js";
import { DEFAULT_GENERATE_TIMEOUT_MS, type GenerateOptions } from "./generate-options.js";
import type { GenerateRequest } from "./generate-request.js";
import type { GenerateResult } from "./generate-result.js";
import { prepareReferences } from "./prepare-references.js";

const referenceItemsKey = "referenceMediaItems";

function withTaskId(error: unknown, taskId: string, idempotencyKey: string): RivyaError {
  if (RivyaError.isInstance(error)) {
    error.taskId ??= taskId;
    error.idempotencyKey ??= idempotencyKey;
    return error;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new RivyaError(`Task ${taskId}: ${reason}`, {
    code: "unexpected_error",
    taskId,
    idempotencyKey,
    cause: error,
  });
}

/**
 * The one orchestration every adapter uses: validate → estimate → budget/balance check → upload
 * local references → create (idempotent) → wait → download, reporting each step to `onEvent`.
 * Nothing is uploaded or spent until every local check passed. Once the task exists, its id is in
 * the `created` event and in every error thrown afterwards (`error.taskId`).
 *
 * @example
 * const result = await generate(client, { model: "kling-3-0", prompt: "a fox in the snow",
 *   params: { duration: "5" } }, { maxCredits: 100, onEvent: (event) => console.log(event.type) });
 */
export async function generate<Model extends ModelId>(
  client: RivyaClient,
  request: GenerateRequest<Model>,
  options: GenerateOptions = {},
): Promise<GenerateResult> {
  // One deadline for the whole flow (uploads included), on the client's injected timer.
  const timeoutMs = options.timeoutMs ?? DEFAULT_GENERATE_TIMEOUT_MS;
  const deadline = new AbortController();
  const timer = new AbortController();
  client.runtime.sleep(timeoutMs, timer.signal).then(
    () => deadline.abort(),
    () => undefined,
  );
  const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
  try {
    return await runGenerate(client, request, { ...options, timeoutMs }, signal);
  } catch (error) {
    if (deadline.signal.aborted && !options.signal?.aborted && RivyaAbortedError.isInstance(error)) {
      throw new RivyaTimeoutError(
        `generate did not finish within ${timeoutMs} ms` +
          (error.taskId
            ? `; task ${error.taskId} keeps running on Rivya`
            : error.taskMayExist
              ? `; the create's outcome is unknown and a task may exist: re-run with idempotency key ${error.idempotencyKey} to reattach without paying twice`
              : "; no task was created"),
        // With a task, this is the wait timing out (same code as the wait's own deadline, whichever
        // of the two fired first); without one, the flow ran out of time before creating it.
        {
          code: error.taskId ? "wait_timeout" : "generate_timeout",
          timeoutMs,
          taskId: error.taskId,
          idempotencyKey: error.idempotencyKey,
          taskMayExist: error.taskMayExist,
          cause: error,
        },
      );
    }
    throw error;
  } finally {
    timer.abort();
  }
}

async function runGenerate(
  client: RivyaClient,
  request: GenerateRequest,
  options: GenerateOptions & { timeoutMs: number },
  signal: AbortSignal,
): Promise<GenerateResult> {
  const { now, logger } = client.runtime;
  const startedAt = now();
  const { timeoutMs } = options;
  const deadline = startedAt + timeoutMs;
  const emit = (event: GenerateEvent): void => {
    try {
      options.onEvent?.(event);
    } catch (error) {
      logger.warn(
        `onEvent handler threw on ${event.type}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  const throwIfAborted = (taskId?: string): void => {
    if (signal.aborted) {
      throw new RivyaAbortedError("generate was aborted", {
        code: "aborted",
        taskId,
        cause: signal.reason,
      });
    }
  };
  const remaining = (taskId?: string): number => {
    const left = deadline - now();
    if (left <= 0) {
      throw new RivyaTimeoutError(`generate did not finish within ${timeoutMs} ms`, {
        code: "wait_timeout",
        timeoutMs,
        taskId,
      });
    }
    return left;
  };

  // 1. Local checks: references sniffed (not uploaded), request validated, estimate, budget.
  const { references, ...rest } = request;
  const prepared = await prepareReferences(references ?? [], client.runtime.openFile);
  const givenItems = (rest.params?.[referenceItemsKey] as ReferenceMediaItem[] | undefined) ?? [];
  const itemsForValidation = [...givenItems, ...prepared.hosted];
  const params =
    itemsForValidation.length > 0 ? { ...rest.params, [referenceItemsKey]: itemsForValidation } : rest.params;
  const validated = validateRequest(
    { ...rest, params, references: prepared.local.map((file) => file.descriptor) },
    { catalog: client.runtime.catalog },
  );
  for (const warning of validated.warnings) logger.warn(warning);
  emit({ type: "validated", model: validated.model, body: validated.body, warnings: validated.warnings });

  const estimate = estimateCredits({ model: validated.model }, { catalog: client.runtime.catalog });
  emit({ type: "estimated", estimate });
  const budget = checkBudget({ estimate, maxCredits: options.maxCredits });
  if (!budget.ok) {
    throw new RivyaBudgetExceededError(`Not sent: ${budget.reason}`, { code: "budget_exceeded" });
  }
  let balance: number | undefined;
  if (options.checkBalance ?? options.dryRun === true) {
    throwIfAborted();
    balance = (await client.credits.get({ signal })).current_credits;
    emit({ type: "balance", balance, estimate });
    const funds = checkBudget({ estimate, balance });
    if (!funds.ok)
      throw new RivyaInsufficientCreditsError(`Not sent: ${funds.reason}`, { code: "insufficient_credits" });
  }

  const result: GenerateResult = {
    taskId: undefined,
    status: "dry_run",
    task: undefined,
    idempotencyKey: undefined,
    body: validated.body,
    estimate,
    balance,
    credits: estimate.total,
    urls: [],
    uploads: [],
    downloads: [],
    warnings: validated.warnings,
    elapsedMs: 0,
  };
  const finish = (): GenerateResult => {
    result.elapsedMs = now() - startedAt;
    emit({
      type: "done",
      result: { taskId: result.taskId, status: result.status, elapsedMs: result.elapsedMs },
    });
    return result;
  };
  if (options.dryRun) return finish();

  // 2. Upload local references, in order.
  const uploadedByIndex = new Map<number, RivyaFile>();
  for (const file of prepared.local) {
    throwIfAborted();
    remaining();
    const name = file.descriptor.name ?? `reference-${file.index + 1}`;
    emit({ type: "upload:start", index: file.index, name, sizeBytes: file.descriptor.sizeBytes });
    const uploaded = await client.files.upload({
      file: file.source,
      kind: file.descriptor.kind,
      model: validated.definition ? validated.model : undefined,
      name,
      signal,
      onProgress: (progress) => emit({ type: "upload:progress", index: file.index, ...progress }),
    });
    uploadedByIndex.set(file.index, uploaded);
    result.uploads.push(uploaded);
    emit({ type: "upload:done", index: file.index, file: uploaded });
  }
  const body = { ...validated.body };
  if (references && references.length > 0) {
    let hostedIndex = 0;
    const items: ReferenceMediaItem[] = [...givenItems];
    for (let index = 0; index < references.length; index++) {
      const uploaded = uploadedByIndex.get(index);
      if (uploaded) {
        items.push({
          url: uploaded.url,
          kind: uploaded.kind,
          ...(uploaded.name ? { name: uploaded.name } : {}),
          ...(uploaded.mime_type ? { mimeType: uploaded.mime_type } : {}),
          ...(typeof uploaded.duration_seconds === "number"
            ? { durationSeconds: uploaded.duration_seconds }
            : {}),
          ...(uploaded.duration_token ? { durationToken: uploaded.duration_token } : {}),
        });
      } else {
        items.push(prepared.hosted[hostedIndex++]!);
      }
    }
    body.params = { ...body.params, [referenceItemsKey]: items };
  }
  result.body = body;

  // 3. Create. The key is fixed here so every retry (inside the client) reuses it.
  throwIfAborted();
  const idempotencyKey = options.idempotencyKey ?? createIdempotencyKey(client.runtime.random);
  result.idempotencyKey = idempotencyKey;
  // An unknown outcome is retried with this key for the client's `createRetryWindowMs`; an error
  // that still gets out carries the key (and `taskMayExist` when the task may exist) to reattach.
  const created = await client.generations
    .create(body, { idempotencyKey, validate: false, signal })
    .catch((error: unknown) => {
      if (RivyaError.isInstance(error)) error.idempotencyKey ??= idempotencyKey;
      throw error;
    });
  const taskId = created.id;
  Object.assign(result, { taskId, task: created, status: created.status, credits: created.reserved_credits });
  emit({ type: "created", taskId, task: created, idempotencyKey });

  try {
    // 4. Wait.
    if (options.wait === false) return finish();
    const task: Task = await client.generations.wait(created, {
      signal,
      timeoutMs: remaining(taskId),
      sleep: options.sleep,
      pollIntervalMs: options.pollIntervalMs,
      onProgress: (progress) => {
        result.task = progress.task;
        result.status = progress.status;
        emit({ type: "status", ...progress });
      },
    });
    result.task = task;
    result.status = task.status;
    result.credits = task.final_credits || task.reserved_credits;
    result.urls = task.result?.urls?.length
      ? task.result.urls
      : task.result?.primary_url
        ? [task.result.primary_url]
        : [];

    // 5. Download.
    if (options.download) {
      if (!options.downloader) {
        throw new RivyaError(
          "download: no downloader; use generate from @rivya-kit/core/node or pass options.downloader",
          {
            code: "download_unavailable",
            taskId,
          },
        );
      }
      const urls = options.download.all ? result.urls : result.urls.slice(0, 1);
      for (const [index, url] of urls.entries()) {
        throwIfAborted(taskId);
        remaining(taskId);
        emit({ type: "download:start", taskId, url, index });
        const file: DownloadedFile = await options.downloader({
          url,
          target: options.download,
          index,
          count: urls.length,
          taskId,
          signal,
          onProgress: (progress) => emit({ type: "download:progress", taskId, index, ...progress }),
        });
        result.downloads.push(file);
        emit({ type: "download:done", taskId, index, file });
      }
    }
    return finish();
  } catch (error) {
    throw withTaskId(error, taskId, idempotencyKey);
  }
}
