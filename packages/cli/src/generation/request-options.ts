import { readFileSync } from "node:fs";
import type { GenerateRequest } from "@rivya-kit/core";
import { type Command, Option } from "commander";
import { CliUsageError } from "../errors/cli-usage-error.js";
import { buildReferences } from "../parsing/build-references.js";
import { collect } from "../parsing/collect.js";
import { buildParams } from "../parsing/parse-params.js";

/** The flags that describe a request (shared by `generate` and `estimate`). */
export interface RequestFlags {
  model?: string | undefined;
  prompt?: string | undefined;
  promptFile?: string | undefined;
  param?: string[] | undefined;
  params?: string | undefined;
  image?: string[] | undefined;
  video?: string[] | undefined;
  audio?: string[] | undefined;
}

/** Adds the request flags to a command. */
export function addRequestOptions(command: Command): Command {
  return command
    .requiredOption("-m, --model <id>", "model id (see: rivya models)")
    .option("-p, --prompt <text>", "the prompt")
    .addOption(
      new Option("--prompt-file <path>", "read the prompt from a file (- for stdin)").conflicts("prompt"),
    )
    .option("--param <key=value>", "one model param (repeatable), e.g. --param duration=10", collect)
    .option("--params <json|@file>", "params as a JSON object or @file.json, e.g. '{\"duration\": 10}'")
    .option(
      "--image <path|url>",
      "reference image (repeatable; for Kling the 2nd is the last frame)",
      collect,
    )
    .option("--video <path|url>", "reference video (repeatable, where the model takes one)", collect)
    .option("--audio <path|url>", "reference audio (repeatable, where the model takes one)", collect);
}

function readPrompt(path: string): string {
  try {
    return readFileSync(path === "-" ? 0 : path, "utf8").replace(/\r?\n$/, "");
  } catch (error) {
    throw new CliUsageError(
      `--prompt-file: cannot read ${path} (${error instanceof Error ? error.message : String(error)})`,
      "--prompt-file",
    );
  }
}

/** The core request the flags describe; the core validates it (the CLI only parses the syntax). */
export function buildRequest(flags: RequestFlags): GenerateRequest {
  const prompt = flags.promptFile === undefined ? flags.prompt : readPrompt(flags.promptFile);
  const params = buildParams(flags.params, flags.param ?? [], (path) => readFileSync(path, "utf8"));
  const references = buildReferences(flags);
  return {
    model: flags.model ?? "",
    ...(prompt === undefined ? {} : { prompt }),
    ...(params ? { params } : {}),
    ...(references.length > 0 ? { references } : {}),
  };
}
