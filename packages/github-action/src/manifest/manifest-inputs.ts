import path from "node:path";
import { ActionInputError } from "../inputs/action-input-error.js";
import { parseDuration } from "../inputs/parse-duration.js";
import { readBooleanInput, readInput } from "../inputs/read-input.js";

/** The inputs of manifest mode (`manifest:` set). */
export interface ManifestInputs {
  apiKey: string | undefined;
  baseUrl: string;
  /** Absolute path of the manifest in the workspace. */
  manifestPath: string;
  /** As given, for messages. */
  manifest: string;
  mode: "plan" | "apply";
  only: string[] | undefined;
  force: string[] | undefined;
  timeoutMs: number;
  failOnError: boolean;
}

function idList(text: string): string[] | undefined {
  const ids = text.split(/[\s,]+/).filter((id) => id !== "");
  return ids.length === 0 ? undefined : ids;
}

/** Reads manifest mode's inputs; every problem at once, in one `ActionInputError`. */
export function readManifestInputs(environment: NodeJS.ProcessEnv = process.env): ManifestInputs {
  const workspace = environment.GITHUB_WORKSPACE || process.cwd();
  const problems: string[] = [];
  const modeText = readInput("mode", environment) || "apply";
  if (modeText !== "plan" && modeText !== "apply")
    problems.push(`mode: "${modeText}" is not allowed (allowed: plan, apply)`);
  const mode = modeText === "plan" ? "plan" : "apply";
  const apiKey = readInput("api-key", environment) || undefined;
  if (apiKey === undefined && mode === "apply") {
    problems.push(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the workflow expression users should write.
      "api-key: required for mode: apply (pass it from a secret: api-key: ${{ secrets.RIVYA_API_KEY }})",
    );
  }
  let timeoutMs = 30 * 60_000;
  let failOnError = true;
  try {
    timeoutMs = parseDuration("timeout", readInput("timeout", environment) || "30m");
  } catch (error) {
    problems.push((error as Error).message);
  }
  try {
    failOnError = readBooleanInput("fail-on-error", true, environment);
  } catch (error) {
    problems.push((error as Error).message);
  }
  const baseUrl = readInput("base-url", environment) || "https://rivya.ai";
  if (!/^https?:\/\/[^/]+/.test(baseUrl)) problems.push(`base-url: "${baseUrl}" is not an http(s) URL`);
  if (problems.length > 0) {
    throw new ActionInputError(
      "manifest",
      problems.length === 1
        ? problems[0]!
        : `${problems.length} problems with the inputs:\n- ${problems.join("\n- ")}`,
    );
  }
  const manifest = readInput("manifest", environment);
  return {
    apiKey,
    baseUrl,
    manifest,
    manifestPath: path.resolve(workspace, manifest),
    mode,
    only: idList(readInput("only", environment)),
    force: idList(readInput("force", environment)),
    timeoutMs,
    failOnError,
  };
}
