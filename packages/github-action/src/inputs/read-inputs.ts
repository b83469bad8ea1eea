import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ActionInputError } from "./action-input-error.js";
import type { ActionInputs, ParameterShortcuts } from "./action-inputs.js";
import { parseDuration } from "./parse-duration.js";
import { parseParams } from "./parse-params.js";
import { readBooleanInput, readInput, readMultilineInput } from "./read-input.js";
import { resolveReferenceFiles } from "./resolve-reference-files.js";

/**
 * Reads and checks every input before anything is sent. Collects every problem it can find, so a
 * workflow author fixes them in one go, and throws one `ActionInputError` listing them.
 */
export async function readInputs(environment: NodeJS.ProcessEnv = process.env): Promise<ActionInputs> {
  const workspace = environment.GITHUB_WORKSPACE || process.cwd();
  const problems: ActionInputError[] = [];
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!ActionInputError.isInstance(error)) throw error;
      problems.push(error);
      return undefined;
    }
  };
  const input = (name: string): string => readInput(name, environment);
  const optional = (name: string): string | undefined => input(name) || undefined;

  const dryRun = attempt(() => readBooleanInput("dry-run", false, environment)) ?? false;
  const wait = attempt(() => readBooleanInput("wait", true, environment)) ?? true;
  const download = attempt(() => readBooleanInput("download", true, environment)) ?? true;
  const uploadArtifact = attempt(() => readBooleanInput("upload-artifact", false, environment)) ?? false;
  const failOnError = attempt(() => readBooleanInput("fail-on-error", true, environment)) ?? true;
  const apiKey = optional("api-key");
  const taskId = optional("task-id");
  const model = optional("model");

  if (apiKey === undefined && !dryRun) {
    problems.push(
      new ActionInputError(
        "api-key",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the workflow expression users should write.
        "api-key: required (pass it from a secret: api-key: ${{ secrets.RIVYA_API_KEY }}), unless dry-run is true.",
      ),
    );
  }
  if (taskId === undefined && model === undefined) {
    problems.push(
      new ActionInputError(
        "model",
        "model: required to create a task (e.g. kling-3-0), unless task-id resumes an existing one.",
      ),
    );
  }
  if (taskId !== undefined && dryRun) {
    problems.push(
      new ActionInputError(
        "task-id",
        "task-id: cannot be combined with dry-run: a dry run creates nothing and resumes nothing.",
      ),
    );
  }
  if (taskId !== undefined && !/^[A-Za-z0-9_-]{1,128}$/.test(taskId)) {
    problems.push(
      new ActionInputError(
        "task-id",
        `task-id: "${taskId}" is not a task id (letters, digits, "_" and "-", e.g. task_abc123).`,
      ),
    );
  }

  const baseUrl = attempt(() => parseBaseUrl(input("base-url") || "https://rivya.ai"));
  const timeoutText = input("timeout") || "20m";
  const timeoutMs = attempt(() => parseDuration("timeout", timeoutText));
  const params = attempt(() => parseParams(input("params")));
  const maxCredits = attempt(() => parseNumberInput("max-credits", input("max-credits"), { minimum: 0 }));
  const artifactRetentionDays = attempt(() =>
    parseNumberInput("artifact-retention-days", input("artifact-retention-days"), {
      minimum: 1,
      maximum: 90,
      integer: true,
    }),
  );
  if (uploadArtifact && (!download || !wait)) {
    problems.push(
      new ActionInputError(
        "upload-artifact",
        "upload-artifact: needs the file, so it requires wait: true and download: true.",
      ),
    );
  }

  const promptText = optional("prompt");
  const promptFile = optional("prompt-file");
  let prompt = promptText;
  if (promptText !== undefined && promptFile !== undefined) {
    problems.push(
      new ActionInputError("prompt-file", "prompt-file: give either prompt or prompt-file, not both."),
    );
  } else if (promptFile !== undefined) {
    prompt = await readPromptFile(promptFile, workspace).catch((error: unknown) => {
      if (!ActionInputError.isInstance(error)) throw error;
      problems.push(error);
      return undefined;
    });
  }

  const referenceFiles = await resolveReferenceFiles(
    readMultilineInput("reference-images", environment),
    workspace,
  ).catch((error: unknown) => {
    if (!ActionInputError.isInstance(error)) throw error;
    problems.push(error);
    return [];
  });

  const rawOutputPath = optional("output-path");
  const outputPath = rawOutputPath === undefined ? undefined : path.resolve(workspace, rawOutputPath);
  const outputIsDirectory =
    rawOutputPath === undefined ||
    /[/\\]$/.test(rawOutputPath) ||
    (outputPath !== undefined && existsSync(outputPath) && statSync(outputPath).isDirectory());

  const shortcuts: ParameterShortcuts = {};
  const duration = optional("duration");
  if (duration !== undefined) shortcuts.duration = duration;
  const aspectRatio = optional("aspect-ratio");
  if (aspectRatio !== undefined) shortcuts.aspectRatio = aspectRatio;
  const negativePrompt = optional("negative-prompt");
  if (negativePrompt !== undefined) shortcuts.negativePrompt = negativePrompt;

  if (problems.length === 1) throw problems[0]!;
  if (problems.length > 1) {
    throw new ActionInputError(
      problems.map((problem) => problem.input).join(", "),
      `${problems.length} problems with the inputs:\n${problems.map((problem) => `- ${problem.message}`).join("\n")}`,
    );
  }
  return {
    apiKey,
    baseUrl: baseUrl!,
    model,
    prompt,
    promptFile,
    params: params!,
    shortcuts,
    referenceFiles,
    wait,
    taskId,
    timeoutMs: timeoutMs!,
    timeoutText,
    outputPath,
    outputIsDirectory,
    download,
    uploadArtifact,
    artifactRetentionDays,
    dryRun,
    maxCredits,
    idempotencyKey: optional("idempotency-key"),
    failOnError,
  };
}

function parseBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ActionInputError(
      "base-url",
      `base-url: "${value}" is not a URL. Example: https://rivya.ai or http://127.0.0.1:4010.`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ActionInputError("base-url", `base-url: "${value}" must use http or https.`);
  }
  return value.replace(/\/+$/, "");
}

function parseNumberInput(
  name: string,
  value: string,
  limits: { minimum?: number; maximum?: number; integer?: boolean },
): number | undefined {
  if (value === "") return undefined;
  const number = Number(value);
  const range = `${limits.integer ? "a whole number" : "a number"}${
    limits.maximum === undefined
      ? ` of at least ${limits.minimum}`
      : ` from ${limits.minimum} to ${limits.maximum}`
  }`;
  if (
    !Number.isFinite(number) ||
    (limits.integer && !Number.isInteger(number)) ||
    (limits.minimum !== undefined && number < limits.minimum) ||
    (limits.maximum !== undefined && number > limits.maximum)
  ) {
    throw new ActionInputError(name, `${name}: "${value}" is not allowed; expected ${range}.`);
  }
  return number;
}

async function readPromptFile(file: string, workspace: string): Promise<string> {
  const absolute = path.resolve(workspace, file);
  const text = await readFile(absolute, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new ActionInputError(
      "prompt-file",
      `prompt-file: cannot read "${file}" (${error.code ?? error.message}), resolved to ${absolute}.`,
    );
  });
  const prompt = text.replace(/^\uFEFF/, "").trim();
  if (prompt === "") throw new ActionInputError("prompt-file", `prompt-file: "${file}" is empty.`);
  return prompt;
}
