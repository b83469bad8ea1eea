// What every runtime runs, bundled with the core's root entry into one web-standard ES module:
// only fetch, WebCrypto, TextEncoder, URL, AbortController and a timer — no Node API. Each step
// records what it saw; the test (in Node) compares the reports of all runtimes.
import {
  createRivyaClient,
  estimateCredits,
  fetchTransport,
  generate,
  RivyaValidationError,
  RivyaWebhookVerificationError,
  validateRequest,
  verifyWebhook,
} from "@rivya-kit/core";
import { Webhook } from "standardwebhooks";

/** Where the emulator runs (started by the test, in Node). */
export interface ProbeConfig {
  baseUrl: string;
  apiKey: string;
}

/** What one runtime saw. */
export interface ProbeReport {
  runtime: string;
  validatedParams: unknown;
  refusedPath: string | undefined;
  estimate: number;
  webhookId: string;
  tamperedCode: string | undefined;
  generate: { status: string; model: string; credits: unknown; urls: number; events: string[] };
}

// Identified by what the runtime itself exposes (read defensively: each one lacks the others).
function runtimeName(): string {
  const scope = globalThis as Record<string, unknown>;
  const deno = scope["Deno"] as { version?: { deno?: string } } | undefined;
  if (deno?.version?.deno) return `deno ${deno.version.deno}`;
  const bun = scope["Bun"] as { version?: string } | undefined;
  if (bun?.version) return `bun ${bun.version}`;
  const process = scope["process"] as { versions?: { node?: string } } | undefined;
  if (process?.versions?.node) return `node ${process.versions.node}`;
  const navigator = scope["navigator"] as { userAgent?: string } | undefined;
  return navigator?.userAgent ?? "unknown";
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

function refusalPath(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (RivyaValidationError.isInstance(error)) return error.issues[0]?.path;
    throw error;
  }
  return undefined;
}

async function webhookCheck(): Promise<{ webhookId: string; tamperedCode: string | undefined }> {
  // A secret and a signature made by the Standard Webhooks reference library, not by rivya-kit.
  const secret = `whsec_${btoa("rivya-runtime-matrix-secret-0123")}`;
  const payload = JSON.stringify({
    id: "evt_matrix",
    type: "generation.succeeded",
    data: { id: "task_matrix", status: "succeeded" },
  });
  const id = "msg_matrix";
  const sentAt = new Date();
  const headers = new Headers({
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(id, sentAt, payload),
  });
  const verified = await verifyWebhook({ payload, headers, secret });
  let tamperedCode: string | undefined;
  try {
    await verifyWebhook({ payload: payload.replace("succeeded", "failed"), headers, secret });
  } catch (error) {
    if (!RivyaWebhookVerificationError.isInstance(error)) throw error;
    tamperedCode = error.code;
  }
  return { webhookId: verified.id, tamperedCode };
}

/** Runs every check against the emulator at `config.baseUrl`, with this runtime's own fetch. */
export async function runProbe(config: ProbeConfig): Promise<ProbeReport> {
  const request = {
    model: "kling-3-0",
    prompt: "A red fox in the snow",
    params: { duration: 10, sound: true },
  };
  const validatedParams = validateRequest(request).body.params;
  const refusedPath = refusalPath(() =>
    validateRequest({ model: "kling-3-0", prompt: "x", params: { duration: "20" } }),
  );
  const estimate = estimateCredits(request).total;
  const webhook = await webhookCheck();

  const client = createRivyaClient({
    apiKey: config.apiKey,
    baseUrl: config.baseUrl,
    fetch: fetchTransport(),
    sleep,
  });
  const events: string[] = [];
  const result = await generate(
    client,
    { model: "kling-v2-5-turbo-pro", prompt: "A paper boat on a lake", params: { duration: 5 } },
    { wait: true, timeoutMs: 60_000, onEvent: (event) => events.push(event.type) },
  );
  return {
    runtime: runtimeName(),
    validatedParams,
    refusedPath,
    estimate,
    ...webhook,
    generate: {
      status: result.status,
      model: result.task?.model ?? "",
      credits: result.credits,
      urls: result.urls.length,
      events: [...new Set(events)],
    },
  };
}
