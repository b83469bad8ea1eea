// One quick `npm ping` before a long install: an unreachable registry (no network, a proxy or a
// TLS-inspecting CA the environment did not pass on) fails in seconds with the reason, instead of
// after 20 minutes of npm's own retries.
import { spawnSync } from "node:child_process";

const HINTS = [
  [
    /SELF_SIGNED_CERT|UNABLE_TO_GET_ISSUER|UNABLE_TO_VERIFY|CERT_/,
    "the registry's TLS certificate is not trusted: set NODE_EXTRA_CA_CERTS (and SSL_CERT_FILE) to your proxy's CA bundle, and make sure the task passes them through (turbo.json globalPassThroughEnv)",
  ],
  [/ENOTFOUND|EAI_AGAIN/, "the registry's host name does not resolve: check DNS, or set HTTPS_PROXY"],
  [
    /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ESOCKETTIMEDOUT|timeout/i,
    "no connection to the registry: check the network, HTTPS_PROXY/HTTP_PROXY/NO_PROXY",
  ],
  [
    /E401|E403|ENEEDAUTH/,
    "the registry refused the request: check npm_config_registry and its credentials in .npmrc",
  ],
];

/**
 * Throws a descriptive Error when the npm registry cannot be reached within `timeoutMs`.
 * @param {{ npm?: string, timeoutMs?: number, env?: NodeJS.ProcessEnv }} [options]
 */
export function assertRegistryReachable(options = {}) {
  const npm = options.npm ?? "npm";
  const timeoutMs = options.timeoutMs ?? 20_000;
  const result = spawnSync(npm, ["ping", "--fetch-retries=0", `--fetch-timeout=${timeoutMs}`], {
    encoding: "utf8",
    env: options.env ?? process.env,
    timeout: timeoutMs + 5_000,
  });
  if (result.status === 0) return;
  const output =
    `${result.stdout ?? ""}${result.stderr ?? ""}${result.error ? String(result.error) : ""}`.trim();
  const hint = HINTS.find(([pattern]) => pattern.test(output))?.[1] ?? "see npm's output above";
  const registry = registryUrl(npm, options.env);
  throw new Error(
    `the npm registry ${registry} is unreachable (npm ping ${result.signal ? `killed by ${result.signal} after ${timeoutMs} ms` : `exit ${result.status}`}): ${hint}.\n${output.split("\n").slice(-8).join("\n")}`,
  );
}

function registryUrl(npm, env) {
  const result = spawnSync(npm, ["config", "get", "registry"], {
    encoding: "utf8",
    env: env ?? process.env,
    timeout: 10_000,
  });
  return result.status === 0 ? result.stdout.trim() : "(npm config get registry failed)";
}
