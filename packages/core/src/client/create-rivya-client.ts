import { uploadFile } from "../files/upload-file.js";
import { createLeveledLogger } from "../logging/leveled-logger.js";
import { waitForTask } from "../polling/wait-for-task.js";
import { validateRequest } from "../validation/validate-request.js";
import { unwrapWebhook } from "../webhooks/unwrap-webhook.js";
import { verifyWebhook } from "../webhooks/verify-webhook.js";
import type { WebhookEndpoint } from "../webhooks/webhook-endpoint.js";
import type { WebhookHeaders } from "../webhooks/webhook-headers.js";
import { resolveApiUrl } from "./api-url.js";
import type { CallOptions } from "./call-options.js";
import { checkRetryWindow, DEFAULT_CREATE_RETRY_WINDOW_MS } from "./create-retry-window.js";
import { createIdempotencyKey } from "./idempotency-key.js";
import { listData } from "./list-data.js";
import { openDownload } from "./open-download.js";
import { createRequestExecutor } from "./request-executor.js";
import type { RivyaClient, WebhookVerifyOptions } from "./rivya-client.js";
import type { RivyaClientOptions } from "./rivya-client-options.js";
import type { Task } from "./task.js";

function pathId(label: string, id: string): string {
  if (typeof id !== "string" || id.trim() === "")
    throw new TypeError(`${label}: expected a non-empty id, got ${JSON.stringify(id)}`);
  return encodeURIComponent(id);
}

/**
 * Creates a Rivya client from injected effects (pure: no globals). Applications usually import
 * `createRivyaClient` from `@rivya-kit/core/node`, which fills in `fetch`, timers and files.
 *
 * @example
 * const client = createRivyaClient({ apiKey, fetch, sleep: (ms, signal) => mySleep(ms, signal) });
 * const task = await client.generations.createAndWait({ model: "kling-3-0", prompt: "a fox" });
 */
export function createRivyaClient(options: RivyaClientOptions): RivyaClient {
  if (typeof options.fetch !== "function")
    throw new TypeError("createRivyaClient: options.fetch must be a function");
  if (typeof options.sleep !== "function")
    throw new TypeError("createRivyaClient: options.sleep must be a function");
  const { origin, apiUrl } = resolveApiUrl(options.baseUrl);
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const logger = createLeveledLogger(options.logger, options.logLevel);
  const userAgent = options.userAgent ?? "rivya-kit";
  const timeoutMs = options.timeoutMs ?? 60_000;
  const createRetryWindowMs = checkRetryWindow(
    "createRivyaClient: createRetryWindowMs",
    options.createRetryWindowMs ?? DEFAULT_CREATE_RETRY_WINDOW_MS,
  );
  const execute = createRequestExecutor({
    apiKey: options.apiKey,
    apiUrl,
    transport: options.fetch,
    sleep: options.sleep,
    now,
    random,
    maxRetries: options.maxRetries ?? 2,
    maxRateLimitWaitMs: options.maxRateLimitWaitMs ?? 120_000,
    timeoutMs,
    userAgent,
    logger,
  });
  const call = (callOptions: CallOptions | undefined) => ({
    signal: callOptions?.signal,
    timeoutMs: callOptions?.timeoutMs,
    maxRetries: callOptions?.maxRetries,
  });
  const get = async <T>(path: string, callOptions?: CallOptions, taskId?: string): Promise<T> =>
    (await execute<T>({ method: "GET", path, taskId, ...call(callOptions) })).data;
  const secretsFor = (verifyOptions: WebhookVerifyOptions | undefined): string | readonly string[] => {
    const secret = verifyOptions?.secret ?? options.webhookSecret;
    if (secret === undefined) {
      throw new TypeError(
        "webhooks.verify: pass { secret } or set webhookSecret in createRivyaClient (whsec_…)",
      );
    }
    return secret;
  };
  const verifyParams = (
    payload: string | Uint8Array,
    headers: WebhookHeaders,
    verifyOptions?: WebhookVerifyOptions,
  ) => ({
    payload,
    headers,
    secret: secretsFor(verifyOptions),
    toleranceSeconds: verifyOptions?.toleranceSeconds,
    now: now(),
    hmac: options.hmac,
  });

  const generations: RivyaClient["generations"] = {
    async create(params, createOptions) {
      const body =
        createOptions?.validate === false
          ? params
          : validateRequest(params, { catalog: options.catalog }).body;
      const idempotencyKey = createOptions?.idempotencyKey ?? createIdempotencyKey(random);
      const response = await execute<Task>({
        method: "POST",
        path: "/generations",
        json: body,
        idempotencyKey,
        retryWindowMs:
          createOptions?.retryWindowMs === undefined
            ? createRetryWindowMs
            : checkRetryWindow("generations.create: retryWindowMs", createOptions.retryWindowMs),
        ...call(createOptions),
      });
      if (response.headers.get("idempotent-replayed") === "true") {
        logger.info(`Create replayed by idempotency key: task ${response.data.id}`, {
          taskId: response.data.id,
        });
      }
      return response.data;
    },
    get: (taskId, callOptions) => get<Task>(`/generations/${pathId("taskId", taskId)}`, callOptions, taskId),
    wait: (task, waitOptions = {}) =>
      waitForTask(task, waitOptions, {
        getTask: (taskId, signal, remainingMs) =>
          generations.get(taskId, { signal, timeoutMs: Math.min(timeoutMs, remainingMs) }),
        sleep: options.sleep,
        now,
        random,
        logger,
        expectedDurations: options.expectedDurations,
      }),
    async createAndWait(params, waitOptions = {}) {
      // Only the create's own options: `timeoutMs` here is the overall wait limit, not a request's.
      const { idempotencyKey, validate, signal, maxRetries, retryWindowMs } = waitOptions;
      const task = await generations.create(params, {
        idempotencyKey,
        validate,
        signal,
        maxRetries,
        retryWindowMs,
      });
      waitOptions.onCreated?.(task);
      return generations.wait(task, waitOptions);
    },
  };

  return {
    models: {
      list: async (callOptions) =>
        listData(
          (await execute({ method: "GET", path: "/models", public: true, ...call(callOptions) })).data,
        ),
    },
    generations,
    files: {
      upload: (params) => uploadFile(params, { execute, random, openFile: options.openFile }),
      get: (fileId, callOptions) => get(`/files/${pathId("fileId", fileId)}`, callOptions),
    },
    credits: { get: (callOptions) => get("/credits", callOptions) },
    webhooks: {
      list: async (callOptions) => listData(await get("/webhooks", callOptions)),
      create: async (body, callOptions) =>
        (await execute({ method: "POST", path: "/webhooks", json: body, ...call(callOptions) }))
          .data as never,
      get: (endpointId, callOptions) => get(`/webhooks/${pathId("endpointId", endpointId)}`, callOptions),
      update: async (endpointId, body, callOptions) =>
        (
          await execute({
            method: "PATCH",
            path: `/webhooks/${pathId("endpointId", endpointId)}`,
            json: body,
            ...call(callOptions),
          })
        ).data as never,
      delete: async (endpointId, callOptions) =>
        (
          await execute<WebhookEndpoint | undefined>({
            method: "DELETE",
            path: `/webhooks/${pathId("endpointId", endpointId)}`,
            ...call(callOptions),
          })
        ).data,
      rotateSecret: async (endpointId, callOptions) =>
        (
          await execute({
            method: "POST",
            path: `/webhooks/${pathId("endpointId", endpointId)}/rotate-secret`,
            ...call(callOptions),
          })
        ).data as never,
      deliveries: async (endpointId, callOptions) =>
        listData(await get(`/webhooks/${pathId("endpointId", endpointId)}/deliveries`, callOptions)),
      test: async (endpointId, callOptions) =>
        (
          await execute({
            method: "POST",
            path: `/webhooks/${pathId("endpointId", endpointId)}/test`,
            ...call(callOptions),
          })
        ).data,
      verify: (payload, headers, verifyOptions) =>
        verifyWebhook(verifyParams(payload, headers, verifyOptions)),
      unwrap: (payload, headers, verifyOptions) =>
        unwrapWebhook(verifyParams(payload, headers, verifyOptions)),
    },
    webhookEvents: {
      list: async (query, callOptions) =>
        listData(
          (await execute({ method: "GET", path: "/webhook-events", query, ...call(callOptions) })).data,
        ),
    },
    openDownload: (url, downloadOptions) =>
      openDownload(
        url,
        {
          signal: downloadOptions?.signal,
          timeoutMs: downloadOptions?.timeoutMs ?? timeoutMs,
          headers: downloadOptions?.headers,
        },
        {
          transport: options.fetch,
          sleep: options.sleep,
          apiKey: options.apiKey,
          apiOrigin: origin,
          userAgent,
          maxRetries: options.maxRetries ?? 2,
          random,
          now,
        },
      ),
    runtime: {
      baseUrl: origin,
      sleep: options.sleep,
      now,
      random,
      logger,
      catalog: options.catalog,
      openFile: options.openFile,
    },
  };
}
