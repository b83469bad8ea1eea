import { describeValue } from "../validation/describe-value.js";
import type { Manifest, ManifestDefaults, ManifestVideo } from "./manifest.js";
import type { ManifestProblem } from "./manifest-problem.js";

/** What `checkManifest` found: the manifest with its well-formed videos, and every problem. */
export interface CheckedManifest {
  manifest: Manifest;
  problems: ManifestProblem[];
}

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const topKeys = new Set(["$schema", "defaults", "budget", "concurrency", "videos"]);
const defaultKeys = new Set(["model", "params", "images", "out"]);
const videoKeys = new Set(["id", "model", "prompt", "prompt-file", "params", "images", "matrix", "out"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

type Report = (field: string, message: string) => void;

function unknownKeys(
  value: Record<string, unknown>,
  allowed: Set<string>,
  prefix: string,
  report: Report,
): void {
  for (const key of Object.keys(value)) {
    if (!allowed.has(key))
      report(`${prefix}${key}`, `${prefix}${key}: unknown field (allowed: ${[...allowed].join(", ")})`);
  }
}

function optionalString(value: unknown, field: string, report: Report): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string" && value.trim() !== "") return value;
  report(field, `${field}: ${describeValue(value)} is not allowed (allowed: a non-empty string)`);
  return undefined;
}

function optionalParams(value: unknown, field: string, report: Report): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (isRecord(value)) return value;
  report(field, `${field}: ${describeValue(value)} is not allowed (allowed: a map of param names to values)`);
  return undefined;
}

function optionalPaths(value: unknown, field: string, report: Report): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list) || list.some((item) => typeof item !== "string" || item.trim() === "")) {
    report(field, `${field}: ${describeValue(value)} is not allowed (allowed: a list of file paths)`);
    return undefined;
  }
  return list as string[];
}

function checkDefaults(value: unknown, report: Report): ManifestDefaults | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    report("defaults", `defaults: ${describeValue(value)} is not allowed (allowed: a map)`);
    return undefined;
  }
  unknownKeys(value, defaultKeys, "defaults.", report);
  return {
    model: optionalString(value["model"], "defaults.model", report),
    params: optionalParams(value["params"], "defaults.params", report),
    images: optionalPaths(value["images"], "defaults.images", report),
    out: optionalString(value["out"], "defaults.out", report),
  };
}

function checkMatrix(value: unknown, report: Report): ManifestVideo["matrix"] {
  if (value === undefined || value === null) return undefined;
  const allowed = "a map of param names to non-empty lists of values";
  if (!isRecord(value) || Object.keys(value).length === 0) {
    report("matrix", `matrix: ${describeValue(value)} is not allowed (allowed: ${allowed})`);
    return undefined;
  }
  const matrix: Record<string, (string | number | boolean)[]> = {};
  for (const [key, values] of Object.entries(value)) {
    const scalar = (item: unknown) => ["string", "number", "boolean"].includes(typeof item);
    if (!Array.isArray(values) || values.length === 0 || !values.every(scalar)) {
      report(`matrix.${key}`, `matrix.${key}: ${describeValue(values)} is not allowed (allowed: ${allowed})`);
      return undefined;
    }
    matrix[key] = values as (string | number | boolean)[];
  }
  return matrix;
}

function checkVideo(value: unknown, index: number, problems: ManifestProblem[]): ManifestVideo | undefined {
  const rawId = isRecord(value) ? value["id"] : undefined;
  const named = typeof rawId === "string" && idPattern.test(rawId);
  const video = named ? rawId : `videos[${index}]`;
  const before = problems.length;
  const report: Report = (field, message) => problems.push({ video, field, message });
  if (!isRecord(value)) {
    report("", `${describeValue(value)} is not allowed (allowed: a map with id, prompt, …)`);
    return undefined;
  }
  if (!named) {
    report(
      "id",
      `id: ${describeValue(rawId)} is not allowed (allowed: letters, digits, ".", "_", "-", starting with a letter or digit)`,
    );
  }
  unknownKeys(value, videoKeys, "", report);
  const checked: ManifestVideo = {
    id: video,
    model: optionalString(value["model"], "model", report),
    prompt:
      typeof value["prompt"] === "string"
        ? value["prompt"]
        : optionalString(value["prompt"], "prompt", report),
    "prompt-file": optionalString(value["prompt-file"], "prompt-file", report),
    params: optionalParams(value["params"], "params", report),
    images: optionalPaths(value["images"], "images", report),
    matrix: checkMatrix(value["matrix"], report),
    out: optionalString(value["out"], "out", report),
  };
  if (checked.prompt !== undefined && checked["prompt-file"] !== undefined)
    report("prompt-file", "prompt-file: give either prompt or prompt-file, not both");
  return problems.length === before ? checked : undefined;
}

function checkPositiveInteger(
  value: unknown,
  field: string,
  report: Report,
  allowZero: boolean,
): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isInteger(value) && (allowZero ? value >= 0 : value > 0))
    return value;
  report(
    field,
    `${field}: ${describeValue(value)} is not allowed (allowed: a whole number ≥ ${allowZero ? 0 : 1})`,
  );
  return undefined;
}

/**
 * Checks a parsed manifest (from YAML or JSON) for its shape: every problem of every entry at once,
 * each naming the video id and the field. Videos with a problem are left out of the result.
 */
export function checkManifest(data: unknown): CheckedManifest {
  const problems: ManifestProblem[] = [];
  const report: Report = (field, message) => problems.push({ video: undefined, field, message });
  if (!isRecord(data)) {
    report(
      "",
      `the manifest is ${describeValue(data)} (allowed: a map with videos, defaults, budget, concurrency)`,
    );
    return { manifest: { videos: [] }, problems };
  }
  unknownKeys(data, topKeys, "", report);
  const defaults = checkDefaults(data["defaults"], report);
  const budget = checkPositiveInteger(data["budget"], "budget", report, true);
  const concurrency = checkPositiveInteger(data["concurrency"], "concurrency", report, false);
  const videos: ManifestVideo[] = [];
  if (!Array.isArray(data["videos"])) {
    report("videos", `videos: ${describeValue(data["videos"])} is not allowed (allowed: a list of videos)`);
  } else {
    data["videos"].forEach((value, index) => {
      const video = checkVideo(value, index, problems);
      if (video) videos.push(video);
    });
  }
  return { manifest: { defaults, budget, concurrency, videos }, problems };
}
