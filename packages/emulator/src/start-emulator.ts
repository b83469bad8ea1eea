import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { checkOptions } from "./check-options.js";
import { createControl } from "./control/create-control.js";
import type { EmulatorControl } from "./control/emulator-control.js";
import { defaultApiKey, type EmulatorOptions } from "./emulator-options.js";
import { createApp } from "./http/create-app.js";
import { controlRoutes } from "./routes/control.js";
import { openApiRoutes } from "./routes/openapi.js";
import { webhookRoutes } from "./routes/webhooks.js";
import { EmulatorState } from "./state/emulator-state.js";
import { taskView } from "./state/task-record.js";
import { WebhookDispatcher } from "./webhooks/webhook-dispatcher.js";

/** A running emulator. */
export interface RunningEmulator {
  /** Origin, e.g. `http://127.0.0.1:4010`; the API is under `${url}/api/v1`. */
  url: string;
  /** The demo key (all scopes, `options.credits` credits). */
  apiKey: string;
  /** Reset, seed, time, faults and inspection. */
  control: EmulatorControl;
  /** Stops listening, ends open connections and removes uploaded files. */
  close(): Promise<void>;
}

/** Starts a Rivya API v1 emulator on 127.0.0.1 (a random port unless `port` is given). */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  checkOptions(options);
  const state = new EmulatorState(options);
  const dispatcher = new WebhookDispatcher(state, {
    retryDelaysMs: options.webhookRetryDelaysMs ?? [5_000, 30_000, 120_000, 600_000],
    timeoutMs: options.webhookTimeoutMs ?? 5_000,
    wallClock: Date.now,
  });
  state.onTaskSettled = (task) => {
    dispatcher.emit(task.accountId, `generation.${task.outcome}`, taskView(task, task.endsAt));
  };
  const control = createControl(state, { flush: () => dispatcher.flush() });
  const app = createApp(state, {
    api: [webhookRoutes(state, dispatcher), openApiRoutes()],
    root: options.controlApi === false ? [] : [controlRoutes(control)],
  });
  const host = options.host ?? "127.0.0.1";
  const { server, port } = await listen(app.fetch, options.port ?? 0, host).catch((error: unknown) => {
    state.dispose();
    throw error;
  });
  // Tasks settle and webhook retries go out on the clock even when nobody polls.
  const ticker = setInterval(() => {
    state.settle();
    dispatcher.pump();
  }, options.tickMs ?? 20);
  ticker.unref();
  let closing: Promise<void> | undefined;
  const displayHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${displayHost}:${port}`,
    apiKey: options.apiKey ?? defaultApiKey,
    control,
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        clearInterval(ticker);
        server.close((error) => {
          state.dispose();
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function listen(
  fetch: Parameters<typeof serve>[0]["fetch"],
  port: number,
  hostname: string,
): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname }, (info: AddressInfo) =>
      resolve({ server: server as Server, port: info.port }),
    ) as Server;
    server.once("error", reject);
  });
}
