/** Global connection options, from flags and the environment. */
export interface ConnectionFlags {
  apiKey?: string | undefined;
  baseUrl?: string | undefined;
}

/** Where the CLI connects: flags override `RIVYA_API_KEY` / `RIVYA_BASE_URL`; empty values count as unset. */
export interface ConnectionConfig {
  apiKey: string | undefined;
  baseUrl: string | undefined;
}

/** Flags win over the environment. The key is only passed on to the client, never printed. */
export function resolveConfig(
  flags: ConnectionFlags,
  env: Record<string, string | undefined>,
): ConnectionConfig {
  return {
    apiKey: flags.apiKey || env["RIVYA_API_KEY"] || undefined,
    baseUrl: flags.baseUrl || env["RIVYA_BASE_URL"] || undefined,
  };
}
