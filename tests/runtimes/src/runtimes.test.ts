// The core's root entry, run for real on every runtime it claims: each one validates and estimates a
// kling-3-0 request, verifies a Standard Webhooks signature made by the reference library (and
// refuses a tampered body), and runs `generate` for kling-v2-5-turbo-pro against the emulator
// (started here, in Node, over real HTTP) with its own fetch.
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { type RunningEmulator, startEmulator } from "@rivya-kit/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProbeReport } from "./probe/probe.js";
import { buildProbe, type ProbeFiles, REPORT_PREFIX } from "./setup/build-probe.js";
import { ensureRuntimes, LOWEST_NODE, type RuntimeBinaries } from "./setup/runtimes.js";

let emulator: RunningEmulator;
let probe: ProbeFiles;
let binaries: RuntimeBinaries;

beforeAll(async () => {
  binaries = await ensureRuntimes((line) => console.log(`[runtimes] ${line}`));
  emulator = await startEmulator({
    speed: 200,
    rateLimit: false,
    timelines: { video: { queuedMs: 100, processingMs: 400 } },
  });
  probe = await buildProbe({ baseUrl: emulator.url, apiKey: emulator.apiKey });
});

afterAll(async () => {
  await emulator?.close();
  if (probe) rmSync(probe.dir, { recursive: true, force: true });
});

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      [...args],
      { cwd: probe.dir, env: { ...process.env, ...env }, timeout: 90_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const output = `${stdout}\n${stderr}`;
        if (error) reject(new Error(`${command} ${args.join(" ")} failed: ${error.message}\n${output}`));
        else resolve(output);
      },
    );
  });
}

function reportOf(output: string): ProbeReport {
  const line = output.split("\n").find((candidate) => candidate.includes(REPORT_PREFIX));
  if (line === undefined) throw new Error(`no report in the runtime's output:\n${output}`);
  return JSON.parse(line.slice(line.indexOf(REPORT_PREFIX) + REPORT_PREFIX.length)) as ProbeReport;
}

const runtimes: { name: string; runtime: RegExp; output: () => Promise<string> }[] = [
  {
    name: `Node ${LOWEST_NODE} (the lowest supported)`,
    runtime: new RegExp(`^node ${LOWEST_NODE.replaceAll(".", "\\.")}$`),
    output: () => run(binaries.lowestNode, [probe.script]),
  },
  {
    name: "Node 24",
    runtime: /^node 24\./,
    output: () => run(process.execPath, [probe.script]),
  },
  {
    name: "Deno",
    runtime: /^deno 2\./,
    // Only the emulator's address may be reached: the probe needs no other permission.
    output: () =>
      run(
        binaries.deno,
        ["run", "--no-config", "--no-lock", `--allow-net=${new URL(emulator.url).host}`, probe.script],
        {
          DENO_DIR: `${probe.dir}/deno-cache`,
          DENO_NO_UPDATE_CHECK: "1",
        },
      ),
  },
  {
    name: "Bun",
    runtime: /^bun 1\./,
    output: () => run(binaries.bun, [probe.script], { BUN_INSTALL_CACHE_DIR: `${probe.dir}/bun-cache` }),
  },
  {
    name: "Cloudflare workerd",
    runtime: /^Cloudflare-Workers$/,
    output: () => run(binaries.workerd, ["test", probe.workerdConfig]),
  },
];

describe("the root entry on every runtime", () => {
  for (const { name, runtime, output } of runtimes) {
    it(name, async () => {
      const report = reportOf(await output());
      console.log(`${name}: ${JSON.stringify(report)}`);
      expect(report.runtime).toMatch(runtime);
      expect(report.validatedParams).toEqual({ duration: "10", sound: "true" });
      expect(report.refusedPath).toBe("params.duration");
      expect(report.estimate).toBe(90);
      expect(report.webhookId).toBe("msg_matrix");
      expect(report.tamperedCode).toBe("webhook_signature_invalid");
      expect(report.generate).toMatchObject({
        status: "succeeded",
        model: "kling-v2-5-turbo-pro",
        credits: 42,
      });
      expect(report.generate.urls).toBeGreaterThanOrEqual(1);
      expect(report.generate.events).toEqual(expect.arrayContaining(["validated", "created", "done"]));
    });
  }
});
