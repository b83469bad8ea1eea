import type { Command } from "commander";
import { type ConnectionConfig, type ConnectionFlags, resolveConfig } from "./resolve-config.js";

/** The connection for a command: its global `--api-key` / `--base-url`, else the environment. */
export function connectionOf(command: Command): ConnectionConfig {
  return resolveConfig(command.optsWithGlobals<ConnectionFlags>(), process.env);
}
