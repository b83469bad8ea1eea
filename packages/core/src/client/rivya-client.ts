import type { Catalog } from "../catalog/catalog.js";
import type { ModelId } from "../catalog/model-types.js";
import type { OpenFile } from "../files/prepare-upload.js";
import type { RivyaFile } from "../files/rivya-file.js";
import type { UploadFileParams } from "../files/upload-options.js";
import type { RivyaLogger } from "../logging/logger.js";
import type { WaitOptions } from "../polling/wait-options.js";
import type { Clock, Random, Sleep } from "../transport/sleep.js";
import type { TransportResponse } from "../transport/transport.js";
import type { GenerationRequest } from "../validation/generation-request.js";
import type { VerifiedWebhook } from "../webhooks/verify-webhook.js";
import type {
  CreateWebhookBody,
  UpdateWebhookBody,
  WebhookDelivery,
  WebhookEndpoint,
} from "../webhooks/webhook-endpoint.js";
import type { WebhookEvent } from "../webhooks/webhook-event.js";
import type { WebhookHeaders } from "../webhooks/webhook-headers.js";
import type { ApiModel } from "./api-model.js";
import type { CallOptions, CreateGenerationOptions } from "./call-options.js";
import type { Credits } from "./credits.js";
import type { Task } from "./task.js";

/** The body of a create: model, prompt, params (with `referenceMediaItems` URLs), client request id. */
export type CreateGenerationParams<Model extends ModelId = ModelId> = Omit<
  GenerationRequest<Model>,
  "references"
>;

/** Options of `webhooks.verify` / `unwrap`. */
export interface WebhookVerifyOptions {
  /** Secret(s) to accept. @default the client's `webhookSecret` */
  secret?: string | readonly string[] | undefined;
  /** @default 300 */
  toleranceSeconds?: number | undefined;
}

/** Options of `openDownload`. */
export interface OpenDownloadOptions {
  signal?: AbortSignal | undefined;
  /** Per-attempt limit until the response headers arrive. @default the client's `timeoutMs` */
  timeoutMs?: number | undefined;
  /** Extra request headers, e.g. `range` and `if-range` to resume a download. */
  headers?: Record<string, string> | undefined;
}

/** The effects and settings a client runs on, for flows built on top of it (`generate`, downloads). */
export interface RivyaClientRuntime {
  baseUrl: string;
  sleep: Sleep;
  now: Clock;
  random: Random;
  logger: RivyaLogger;
  catalog: Catalog | undefined;
  /** Opens `{ path }` inputs (Node edge); undefined in runtimes without a file system. */
  openFile: OpenFile | undefined;
}

/** A Rivya Public API v1 client. Every method rejects with a `RivyaError` subclass. */
export interface RivyaClient {
  models: {
    /** `GET /models`: the live list (public, no key needed). */
    list(options?: CallOptions): Promise<ApiModel[]>;
  };
  generations: {
    /**
     * `POST /generations`: validates locally, then creates with an idempotency key that every retry
     * reuses. Returns the queued task.
     */
    create<Model extends ModelId>(
      params: CreateGenerationParams<Model>,
      options?: CreateGenerationOptions,
    ): Promise<Task>;
    /** `GET /generations/{id}`. */
    get(taskId: string, options?: CallOptions): Promise<Task>;
    /**
     * Polls until the task succeeds (returned) or fails (`RivyaGenerationFailedError`), on an adaptive
     * schedule, within `timeoutMs` (`RivyaTimeoutError` with the task id).
     */
    wait(task: Task | string, options?: WaitOptions): Promise<Task>;
    /**
     * `create` then `wait`; errors after the create carry the task id. `timeoutMs` is the overall
     * wait limit here (each request keeps the client's per-request timeout).
     */
    createAndWait<Model extends ModelId>(
      params: CreateGenerationParams<Model>,
      options?: CreateGenerationOptions & WaitOptions & { onCreated?: (task: Task) => void },
    ): Promise<Task>;
  };
  files: {
    /** `POST /files`: type sniffed from content, limits checked first, streamed as multipart. */
    upload(params: UploadFileParams): Promise<RivyaFile>;
    /** `GET /files/{id}`. */
    get(fileId: string, options?: CallOptions): Promise<RivyaFile>;
  };
  credits: {
    /** `GET /credits`. */
    get(options?: CallOptions): Promise<Credits>;
  };
  webhooks: {
    list(options?: CallOptions): Promise<WebhookEndpoint[]>;
    /** Registers an endpoint; the result's `signing_secret` is shown only this once. */
    create(body: CreateWebhookBody, options?: CallOptions): Promise<WebhookEndpoint>;
    get(endpointId: string, options?: CallOptions): Promise<WebhookEndpoint>;
    update(endpointId: string, body: UpdateWebhookBody, options?: CallOptions): Promise<WebhookEndpoint>;
    /** Revokes the endpoint; returns it as revoked when the API answers with it. */
    delete(endpointId: string, options?: CallOptions): Promise<WebhookEndpoint | undefined>;
    /** A new `signing_secret` (shown once). Keep accepting the old one until deliveries use the new. */
    rotateSecret(endpointId: string, options?: CallOptions): Promise<WebhookEndpoint>;
    deliveries(endpointId: string, options?: CallOptions): Promise<WebhookDelivery[]>;
    /** Sends a test event to the endpoint. */
    test(endpointId: string, options?: CallOptions): Promise<unknown>;
    /** Verifies a delivery's Standard Webhooks signature; throws `RivyaWebhookVerificationError`. */
    verify(
      payload: string | Uint8Array,
      headers: WebhookHeaders,
      options?: WebhookVerifyOptions,
    ): Promise<VerifiedWebhook>;
    /** Verifies a delivery and returns its typed event. */
    unwrap(
      payload: string | Uint8Array,
      headers: WebhookHeaders,
      options?: WebhookVerifyOptions,
    ): Promise<WebhookEvent>;
  };
  webhookEvents: {
    /** `GET /webhook-events`. */
    list(query?: Record<string, string | number | undefined>, options?: CallOptions): Promise<WebhookEvent[]>;
  };
  /**
   * Fetches a result URL for streaming, following redirects itself: the API key is sent only to the
   * API's own origin, never to a CDN or any other host.
   */
  openDownload(url: string, options?: OpenDownloadOptions): Promise<TransportResponse>;
  /** The effects and settings this client runs on. */
  readonly runtime: RivyaClientRuntime;
}
