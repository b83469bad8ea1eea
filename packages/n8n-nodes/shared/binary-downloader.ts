import type { Downloader, RivyaClient } from "@rivya-kit/core";
import type { IBinaryKeyData, IExecuteFunctions } from "n8n-workflow";
import { nodeStreamOf } from "./n8n-transport";

/**
 * The core's downloader for n8n: streams a result into n8n's binary storage (on disk in n8n's
 * default mode, chunk by chunk, never whole in memory) and puts it under the output binary field
 * `target.to` (`data`, then `data2`, `data3`… when several results are downloaded).
 */
export function createBinaryDownloader(
  context: IExecuteFunctions,
  client: RivyaClient,
  binary: IBinaryKeyData,
): Downloader {
  return async ({ url, target, index, taskId, signal }) => {
    const response = await client.openDownload(url, { signal });
    const fileName = fileNameOf(url) ?? `${taskId}-${index + 1}`;
    const contentType = response.headers.get("content-type")?.split(";")[0]?.trim() || undefined;
    const stream = nodeStreamOf(response) ?? Buffer.from(await new Response(response.body).arrayBuffer());
    const data = await context.helpers.prepareBinaryData(stream, fileName, contentType);
    const property = index === 0 ? target.to : `${target.to}${index + 1}`;
    binary[property] = data;
    return { url, path: property, sizeBytes: data.bytes ?? 0, mimeType: data.mimeType };
  };
}

function fileNameOf(url: string): string | undefined {
  const last = new URL(url).pathname.split("/").filter(Boolean).pop();
  return last ? decodeURIComponent(last) : undefined;
}
