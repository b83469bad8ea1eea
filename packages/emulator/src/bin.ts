import { parseArgs } from "node:util";
import { startEmulator } from "./start-emulator.js";

const help = `rivya-emulator — a local Rivya Public API v1 server (no credits spent)

Usage: rivya-emulator [options]

Options:
  --port <n>                   port to listen on (default 4010; 0 = random)
  --host <address>             interface (default 127.0.0.1)
  --speed <factor>             virtual-time speed, e.g. 10 makes a 90 s job take 9 s (default 1)
  --credits <n>                credits of the demo account (default 10000)
  --seed <n>                   seed of ids and random failures (default 1)
  --failure-rate <0..1>        share of tasks that fail, refunded (default 0)
  --result-size <bytes>        serve every video result as a streamed MP4 of this size
  --allow-loopback-webhooks    accept http://127.0.0.1 webhook URLs (local testing)
  --no-rate-limit              disable the per-key rate limit
  -h, --help                   show this help

Control API: POST <url>/__emulator/reset, /accounts, /time, /faults … (see the README).`;

function numberOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number)) {
    console.error(`rivya-emulator: --${name} must be a number, got "${value}"`);
    process.exit(2);
  }
  return number;
}

async function main(): Promise<void> {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse().values;
  } catch (error) {
    console.error(`rivya-emulator: ${(error as Error).message}\n\n${help}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(help);
    return;
  }
  const emulator = await startEmulator({
    port: numberOption("port", values.port, 4010),
    host: values.host ?? "127.0.0.1",
    speed: numberOption("speed", values.speed, 1),
    credits: numberOption("credits", values.credits, 10_000),
    seed: numberOption("seed", values.seed, 1),
    failureRate: numberOption("failure-rate", values["failure-rate"], 0),
    allowLoopbackWebhooks: values["allow-loopback-webhooks"] ?? false,
    resultSizeBytes:
      values["result-size"] === undefined ? null : numberOption("result-size", values["result-size"], 0),
    ...(values["no-rate-limit"] ? { rateLimit: false as const } : {}),
  });
  console.log(`Rivya emulator listening on ${emulator.url}`);
  // The origin, as the n8n credential, the CLI and the SDK take it (the API itself is under /api/v1).
  console.log(`  Base URL:     ${emulator.url}  (endpoints under ${emulator.url}/api/v1)`);
  console.log(`  demo API key: ${emulator.apiKey}`);
  console.log(
    `  control API:  ${emulator.url}/__emulator/ (reset, accounts, time, faults, requests, tasks, charges)`,
  );
  console.log(`  try: curl -H "Authorization: Bearer ${emulator.apiKey}" ${emulator.url}/api/v1/credits`);
  const stop = () => {
    emulator.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

function parse() {
  return parseArgs({
    options: {
      port: { type: "string" },
      host: { type: "string" },
      speed: { type: "string" },
      credits: { type: "string" },
      seed: { type: "string" },
      "failure-rate": { type: "string" },
      "result-size": { type: "string" },
      "allow-loopback-webhooks": { type: "boolean" },
      "no-rate-limit": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
}

main().catch((error: unknown) => {
  console.error(`rivya-emulator: ${(error as Error).message}`);
  process.exit(1);
});
