import type { GenerateResult } from "@rivya-kit/core";
import { formatBytes, formatElapsed } from "../output/format.js";

/** The JSON document of a `generate` run (`--json`). */
export interface GenerateDocument {
  taskId: string | undefined;
  status: string;
  model: string;
  dryRun: boolean;
  credits: {
    estimated: number | undefined;
    reserved: number | undefined;
    final: number | undefined;
    balance: number | undefined;
  };
  files: { path: string; sizeBytes: number; mimeType: string | undefined }[];
  urls: string[];
  idempotencyKey: string | undefined;
  body: unknown;
  warnings: string[];
  elapsedMs: number;
}

/** The JSON document for a result. */
export function resultDocument(result: GenerateResult): GenerateDocument {
  return {
    taskId: result.taskId,
    status: result.status,
    model: result.body.model,
    dryRun: result.status === "dry_run",
    credits: {
      estimated: result.estimate.complete ? result.estimate.total : undefined,
      reserved: result.task?.reserved_credits,
      final: result.task && result.status === "succeeded" ? result.task.final_credits : undefined,
      balance: result.balance,
    },
    files: result.downloads.map((file) => ({
      path: file.path,
      sizeBytes: file.sizeBytes,
      mimeType: file.mimeType,
    })),
    urls: result.urls,
    idempotencyKey: result.idempotencyKey,
    body: result.body,
    warnings: result.warnings,
    elapsedMs: result.elapsedMs,
  };
}

/** The lines a person reads after a run. */
export function resultLines(result: GenerateResult): string[] {
  const document = resultDocument(result);
  if (document.dryRun) {
    const lines = [
      `Dry run: ${document.model} is valid, nothing was sent or spent.`,
      `  estimate: ${document.credits.estimated ?? "unknown"} credits`,
    ];
    if (document.credits.balance !== undefined) lines.push(`  balance:  ${document.credits.balance} credits`);
    lines.push(`  body:     ${JSON.stringify(document.body)}`);
    return lines;
  }
  const lines = [`Task ${document.taskId}: ${document.status} in ${formatElapsed(document.elapsedMs)}`];
  const credits = document.credits;
  lines.push(
    `  credits: ${credits.reserved ?? "?"} reserved${credits.final === undefined ? "" : `, ${credits.final} charged`}`,
  );
  for (const file of document.files) lines.push(`  saved:   ${file.path} (${formatBytes(file.sizeBytes)})`);
  if (document.files.length === 0) for (const url of document.urls) lines.push(`  result:  ${url}`);
  if (document.status !== "succeeded" && document.taskId) {
    lines.push(`  next:    rivya wait ${document.taskId} --out out/`);
  }
  return lines;
}
