import { createRivyaClient, type RivyaClient } from "@rivya-kit/core/node";
import type { ConnectionConfig } from "./resolve-config.js";

/** A core client for the resolved connection; warnings of the core go to stderr, never stdout. */
export function createClient(config: ConnectionConfig): RivyaClient {
  return createRivyaClient({
    // Explicit undefined would fall back to the environment inside the core; the config already did.
    apiKey: config.apiKey ?? "",
    baseUrl: config.baseUrl,
    logger: {
      debug: () => undefined,
      info: () => undefined,
      warn: (message: string) => process.stderr.write(`warning: ${message}\n`),
      error: (message: string) => process.stderr.write(`error: ${message}\n`),
    },
  });
}
