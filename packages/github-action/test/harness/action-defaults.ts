import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const packageDirectory: string = fileURLToPath(new URL("../..", import.meta.url));

interface ActionManifest {
  inputs: Record<string, { default?: string; required?: boolean; description: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string; "post-if"?: string };
}

/** `action.yml`, parsed. */
export function readActionManifest(): ActionManifest {
  return parse(readFileSync(`${packageDirectory}action.yml`, "utf8")) as ActionManifest;
}

/** Every input's default from action.yml, as the runner fills them in when a workflow omits them. */
export function actionDefaults(): Record<string, string> {
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(readActionManifest().inputs))
    defaults[name] = String(input.default ?? "");
  return defaults;
}
