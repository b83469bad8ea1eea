import { createRivyaClient as createPureClient } from "../client/create-rivya-client.js";
import type { RivyaClient } from "../client/rivya-client.js";
import type { RivyaClientOptions } from "../client/rivya-client-options.js";
import { fileFromPath } from "./file-from-path.js";
import { nodeHmacSha256 } from "./node-hmac-sha256.js";
import { nodeHttpTransport } from "./node-http-transport.js";
import { nodeRandom } from "./node-random.js";
import { nodeSleep } from "./node-sleep.js";

/** Options of the Node `createRivyaClient`: every effect is optional and defaulted. */
export type NodeRivyaClientOptions = Partial<RivyaClientOptions>;

/**
 * A Rivya client with Node defaults: a streaming `node:http(s)` transport, abortable timers, `Date.now`, a
 * cryptographic random source, files opened by path, and `console` for warnings.
 * `apiKey` defaults to `RIVYA_API_KEY`, `baseUrl` to `RIVYA_BASE_URL` (else https://rivya.ai).
 *
 * @example
 * import { createRivyaClient, generate } from "@rivya-kit/core/node";
 * const client = createRivyaClient();
 * const result = await generate(client, { model: "kling-3-0", prompt: "a red fox" }, { download: { to: "out/" } });
 */
export function createRivyaClient(options: NodeRivyaClientOptions = {}): RivyaClient {
  return createPureClient({
    ...options,
    apiKey: options.apiKey ?? (process.env["RIVYA_API_KEY"] || undefined),
    baseUrl: options.baseUrl ?? (process.env["RIVYA_BASE_URL"] || undefined),
    fetch: options.fetch ?? nodeHttpTransport,
    sleep: options.sleep ?? nodeSleep,
    now: options.now ?? Date.now,
    random: options.random ?? nodeRandom,
    openFile: options.openFile ?? fileFromPath,
    logger: options.logger ?? console,
    hmac: options.hmac ?? nodeHmacSha256,
  });
}
