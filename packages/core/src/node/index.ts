// Node edge: defaults for transport (fetch), timers and the file system. Re-exports the pure surface,
// replacing `createRivyaClient` and `generate` by versions with those defaults.
export * from "../index.js";
export { createRivyaClient, type NodeRivyaClientOptions } from "./create-rivya-client.js";
export { type DownloadToFileOptions, downloadToFile } from "./download-to-file.js";
export { fileFromPath } from "./file-from-path.js";
export { createFileDownloader, generate } from "./generate.js";
export { nodeHmacSha256 } from "./node-hmac-sha256.js";
export { nodeHttpTransport } from "./node-http-transport.js";
export { nodeManifestFiles, readManifestLock } from "./node-manifest-files.js";
export { nodeRandom } from "./node-random.js";
export { nodeSleep } from "./node-sleep.js";
