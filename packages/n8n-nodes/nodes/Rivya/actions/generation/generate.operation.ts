import { type GenerateReference, generate } from "@rivya-kit/core";
import {
  type IBinaryKeyData,
  type IDataObject,
  type IExecuteFunctions,
  NodeOperationError,
} from "n8n-workflow";
import { createBinaryDownloader } from "../../../../shared/binary-downloader";
import { binarySource } from "../../../../shared/binary-source";
import { paramsParameterName } from "../../descriptions/model-params";
import type { Operation } from "../operation";
import { taskOutput } from "../task-output";
import { defaultGenerationKey, nextAttemptKey } from "./generation-key";
import { readDownloadSettings, readTiming } from "./read-settings";

interface GenerateOptionsParameter {
  idempotencyKey?: string;
  maxCredits?: number;
}

/**
 * Generation → Generate: the core's `generate` flow (validate, estimate, upload references,
 * create with an idempotency key, wait, download) for one item.
 */
export const generateGeneration: Operation = async ({ context, client, signal }, itemIndex) => {
  const model = String(context.getNodeParameter("model", itemIndex)).trim();
  const prompt = String(context.getNodeParameter("prompt", itemIndex, ""));
  const params = readParams(context, itemIndex, model);
  const references = readReferences(context, itemIndex);
  const wait = context.getNodeParameter("waitForCompletion", itemIndex, true) as boolean;
  const download = readDownloadSettings(context, itemIndex, wait);
  const options = context.getNodeParameter("options", itemIndex, {}) as GenerateOptionsParameter;
  const binary: IBinaryKeyData = {};
  // Without a key of the user's, one derived from the execution: n8n's Retry of an execution
  // whose worker died mid-wait reattaches to the task already paid for (generation-key.ts).
  const derivedKey = options.idempotencyKey
    ? undefined
    : defaultGenerationKey(context, itemIndex, {
        model,
        prompt,
        params,
        referenceBinaryProperties: referenceNames(context, itemIndex),
      });

  const attempt = (idempotencyKey: string | undefined) =>
    generate(
      client,
      {
        model,
        ...(prompt.trim() ? { prompt } : {}),
        ...(Object.keys(params).length > 0 ? { params } : {}),
        ...(references.length > 0 ? { references } : {}),
      },
      {
        wait,
        signal,
        ...readTiming(context, itemIndex),
        ...(idempotencyKey ? { idempotencyKey } : {}),
        ...(options.maxCredits ? { maxCredits: options.maxCredits } : {}),
        ...(download
          ? {
              download: { to: download.binaryPropertyName },
              downloader: createBinaryDownloader(context, client, binary),
            }
          : {}),
      },
    );
  const result = await attempt(options.idempotencyKey || derivedKey).catch((error: unknown) => {
    const next = derivedKey ? nextAttemptKey(context, derivedKey, error) : undefined;
    if (!next) throw error;
    return attempt(next);
  });

  const json: IDataObject = result.task
    ? taskOutput(result.task)
    : { taskId: result.taskId ?? null, status: result.status, urls: result.urls };
  json.estimatedCredits = result.estimate.total;
  json.idempotencyKey = result.idempotencyKey ?? null;
  if (result.uploads.length > 0) json.referenceUrls = result.uploads.map((file) => file.url);
  if (result.warnings.length > 0) json.warnings = result.warnings;
  return [
    {
      json,
      ...(Object.keys(binary).length > 0 ? { binary } : {}),
      pairedItem: { item: itemIndex },
    },
  ];
};

/**
 * The selected model's own Parameters collection (never another model's): only the fields the
 * user added. `json` fields are parsed; the core checks and normalises the rest.
 */
function readParams(context: IExecuteFunctions, itemIndex: number, model: string): Record<string, unknown> {
  const raw = context.getNodeParameter(paramsParameterName(model), itemIndex, {}) as IDataObject;
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "string" && /^\s*[[{]/.test(value)) {
      try {
        params[key] = JSON.parse(value);
        continue;
      } catch {
        throw new NodeOperationError(
          context.getNode(),
          `Parameter "${key}" is not valid JSON: ${value.slice(0, 80)}`,
          {
            itemIndex,
          },
        );
      }
    }
    params[key] = value;
  }
  return params;
}

/** The binary fields named in "Reference Files", in order, as local references for the core. */
function readReferences(context: IExecuteFunctions, itemIndex: number): GenerateReference[] {
  return referenceNames(context, itemIndex).map((name) => ({ file: binarySource(context, itemIndex, name) }));
}

/** The binary field names listed in "Reference Files". */
function referenceNames(context: IExecuteFunctions, itemIndex: number): string[] {
  return String(context.getNodeParameter("referenceBinaryProperties", itemIndex, ""))
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
}
