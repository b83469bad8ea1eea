export type { DownloadedFile, Downloader, DownloadProgress, DownloadTarget } from "./downloader.js";
export { generate } from "./generate.js";
export type { GenerateEvent, GenerateResultSummary } from "./generate-event.js";
export { DEFAULT_GENERATE_TIMEOUT_MS, type GenerateOptions } from "./generate-options.js";
export type {
  GenerateReference,
  GenerateRequest,
  HostedReference,
  LocalReference,
} from "./generate-request.js";
export type { GenerateResult } from "./generate-result.js";
