import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { CliUsageError } from "../errors/cli-usage-error.js";

/** The manifest `plan`/`apply` read when none is named. */
export const DEFAULT_MANIFEST_PATH = "rivya.yaml";

/** Reads a manifest file, YAML or JSON (JSON is YAML), into plain data for `planManifest`. */
export async function loadManifest(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === "ENOENT"
        ? `does not exist (name a manifest, or create ${DEFAULT_MANIFEST_PATH}: see rivya apply --help)`
        : `cannot be read (${code ?? String(error)})`;
    throw new CliUsageError(`manifest: "${path}" ${reason}`, "manifest");
  }
  try {
    return parse(text, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new CliUsageError(`manifest: "${path}" is not valid YAML or JSON: ${reason}`, "manifest");
  }
}
