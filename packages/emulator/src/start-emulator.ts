import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createControl } from "./control/create-control.js";
import type { EmulatorControl } from "./control/emulator-control.js";
import { defaultApiKey, type EmulatorOptions } from "./emulator-options.js";
import { createApp } from "./http/create-app.js";
import { EmulatorState } from "./state/emulator-state.js";

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
  const state = new EmulatorState(options);
  const control = createControl(state, { flush: async () => {}, reset: () => {} });
  const app = createApp(state);
  const host = options.host ?? "127.0.0.1";
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve, reject) => {
      const server = serve(
        { fetch: app.fetch, port: options.port ?? 0, hostname: host },
        (info: AddressInfo) => resolve({ server, port: info.port }),
      );
      server.once("error", reject);
    },
  );
  // Tasks settle on the clock even when nobody polls (webhooks must fire on time).
  const ticker = setInterval(() => state.settle(), options.tickMs ?? 20);
  ticker.unref();
  const displayHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${displayHost}:${port}`,
    apiKey: options.apiKey ?? defaultApiKey,
    control,
    close: () =>
      new Promise<void>((resolve, reject) => {
        clearInterval(ticker);
        server.close((error) => {
          state.dispose();
          if (error) reject(error);
          else resolve();
        });
        if ("closeAllConnections" in server) server.closeAllConnections();
      }),
  };
}
