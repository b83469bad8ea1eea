import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";

/** What identifies one create request of one step, for the derived Idempotency-Key. */
export interface IdempotencySource {
  baseUrl: string;
  model: string | undefined;
  prompt: string | undefined;
  /** The params actually sent (after the shortcuts were merged). */
  params: Record<string, unknown>;
  /** Absolute paths of the reference files; their contents are hashed, not their names. */
  referenceFiles: readonly string[];
}

/**
 * Derives the Idempotency-Key from where the step runs and what it asks for:
 * repository + run id + job + step (`GITHUB_ACTION`) + a hash of the request inputs.
 *
 * The run attempt is deliberately left out: "Re-run failed jobs" keeps the run id, so a re-run with
 * the same inputs sends the same key and the API answers with the task it already paid for. A
 * change of prompt, params, model or reference image contents gives a new key, hence a new task.
 * Matrix legs share run, job and step, and are told apart by their inputs.
 */
export async function deriveIdempotencyKey(
  source: IdempotencySource,
  environment: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const referenceDigests: string[] = [];
  for (const file of source.referenceFiles) {
    referenceDigests.push(
      createHash("sha256")
        .update(await readFile(file))
        .digest("hex"),
    );
  }
  const inputsHash = sha256(
    canonicalJson({
      baseUrl: source.baseUrl,
      model: source.model ?? null,
      prompt: source.prompt ?? null,
      params: source.params,
      references: referenceDigests,
    }),
  );
  const location = canonicalJson({
    repository: environment.GITHUB_REPOSITORY ?? "",
    runId: environment.GITHUB_RUN_ID ?? "",
    job: environment.GITHUB_JOB ?? "",
    step: environment.GITHUB_ACTION ?? "",
  });
  // Outside a workflow run (local runs) there is no run id: without one a key would make two
  // separate local runs with the same inputs share a task, so the key includes a random part.
  const unique = environment.GITHUB_RUN_ID ? "" : crypto.randomUUID();
  return `rivya-gha-${sha256(`${location}\n${inputsHash}\n${unique}`).slice(0, 48)}`;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** JSON with object keys sorted at every level, so equal inputs always hash equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) return item;
    return Object.fromEntries(
      Object.entries(item as Record<string, unknown>).sort(([left], [right]) => (left < right ? -1 : 1)),
    );
  });
}
