import { createHash } from "node:crypto";
import { RivyaGenerationFailedError, RivyaIdempotencyConflictError } from "@rivya-kit/core";
import type { IExecuteFunctions } from "n8n-workflow";
import { deriveIdempotencyKey, stableJson } from "../../../../shared/derived-idempotency-key";
import { executionOrigin, isRetry } from "./execution-origin";

/** What the request is made of, as the key sees it (reference files by identity, not by bytes). */
export interface GenerationInputs {
  model: string;
  prompt: string;
  params: Record<string, unknown>;
  referenceBinaryProperties: string[];
}

/** A binary field's identity: its stored id, or a digest of its inline bytes. */
function binaryIdentity(context: IExecuteFunctions, itemIndex: number, name: string): unknown {
  const binary = context.getInputData()[itemIndex]?.binary?.[name];
  if (!binary) return null;
  return {
    name,
    id: binary.id,
    fileName: binary.fileName,
    mimeType: binary.mimeType,
    data: binary.id ? undefined : createHash("sha256").update(binary.data).digest("hex"),
  };
}

/**
 * The Idempotency-Key for an item when the user set none (see deriveIdempotencyKey), or
 * undefined when n8n tells nothing about the execution (the core then makes a random key).
 */
export function defaultGenerationKey(
  context: IExecuteFunctions,
  itemIndex: number,
  inputs: GenerationInputs,
): string | undefined {
  const origin = executionOrigin(context);
  if (!origin) return undefined;
  return deriveIdempotencyKey({
    origin,
    workflowId: String(context.getWorkflow?.().id ?? ""),
    nodeName: context.getNode().name,
    runIndex: Number(context.getWorkflowDataProxy?.(itemIndex)?.$runIndex ?? 0),
    itemIndex,
    inputs: stableJson({
      ...inputs,
      references: inputs.referenceBinaryProperties.map((name) => binaryIdentity(context, itemIndex, name)),
    }),
  });
}

/**
 * When a derived key cannot give a useful answer, the key for one more attempt (or undefined:
 * the error stands):
 * - a Retry reattached to a task that had failed (failed tasks are refunded): generate anew, once
 *   per Retry, rather than report the old failure forever;
 * - the key was used with another body: reference files are uploaded again on every attempt and
 *   get new URLs, so the request differs and the API refuses the key (409). The first attempt's
 *   task may exist and be paid, but it cannot be found again without its body (Rivya has no way
 *   to make an upload return the same URL), so this generates anew — a paid duplicate that the
 *   README states for Retries with reference files. A user-set Idempotency Key gets no such
 *   fallback: its 409 stands and nothing is paid twice.
 */
export function nextAttemptKey(
  context: IExecuteFunctions,
  derivedKey: string,
  error: unknown,
): string | undefined {
  const executionId = context.getExecutionId?.() ?? "";
  if (RivyaIdempotencyConflictError.isInstance(error)) return `${derivedKey}-body-${executionId}`;
  if (RivyaGenerationFailedError.isInstance(error) && isRetry(context))
    return `${derivedKey}-retry-${executionId}`;
  return undefined;
}
