import type { Command } from "commander";

/** Flags `plan` and `apply` share. */
export interface ManifestFlags {
  only?: string[];
  force?: string[];
  json?: boolean;
}

/** Adds `--only`, `--force` and `--json`. */
export function addManifestOptions(command: Command): Command {
  return command
    .argument("[manifest]", "the manifest file (YAML or JSON)", "rivya.yaml")
    .option("--only <id...>", "only these videos (a video id, or an entry id for all of its matrix videos)")
    .option("--force <id...>", "generate these again although unchanged (the only way to pay twice for one)")
    .option("--json", "print one JSON document");
}
