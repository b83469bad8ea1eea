// Bundles src/probe/probe.ts with the core's root entry and the standardwebhooks reference library
// into one ES module, then writes a tiny entry per runtime kind next to it.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import type { ProbeConfig } from "../probe/probe.js";

/** The files a runtime runs. */
export interface ProbeFiles {
  dir: string;
  /** `runProbe` and print the report (Node, Deno, Bun). */
  script: string;
  /** A workerd config whose worker runs the probe in its `test()` handler. */
  workerdConfig: string;
}

/** The prefix of the one stdout/stderr line that carries a runtime's JSON report. */
export const REPORT_PREFIX = "PROBE-REPORT ";

export async function buildProbe(config: ProbeConfig): Promise<ProbeFiles> {
  const dir = mkdtempSync(join(tmpdir(), "rivya-runtimes-"));
  await build({
    entryPoints: [new URL("../probe/probe.ts", import.meta.url).pathname],
    outfile: join(dir, "probe.mjs"),
    bundle: true,
    format: "esm",
    // Web-standard: a Node built-in anywhere in the graph fails this build.
    platform: "browser",
    target: "es2022",
    conditions: ["rivya-source"],
    logLevel: "error",
  });
  const run = `const report = await runProbe(${JSON.stringify(config)});\nconsole.log(${JSON.stringify(REPORT_PREFIX)} + JSON.stringify(report));`;
  writeFileSync(join(dir, "main.mjs"), `import { runProbe } from "./probe.mjs";\n${run}\n`);
  writeFileSync(
    join(dir, "worker.mjs"),
    `import { runProbe } from "./probe.mjs";\nexport default {\n  async test() {\n    ${run.replace("\n", "\n    ")}\n  },\n};\n`,
  );
  // The worker may reach the emulator on 127.0.0.1 (workerd's default outbound allows only public
  // addresses); no nodejs_compat flag: the core must run on plain Workers APIs.
  writeFileSync(
    join(dir, "config.capnp"),
    `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .probeWorker),
    (name = "loopback", network = (allow = ["public", "private", "local"])),
  ],
);

const probeWorker :Workerd.Worker = (
  modules = [
    (name = "worker.mjs", esModule = embed "worker.mjs"),
    (name = "probe.mjs", esModule = embed "probe.mjs"),
  ],
  compatibilityDate = "2025-09-01",
  globalOutbound = "loopback",
);
`,
  );
  return { dir, script: join(dir, "main.mjs"), workerdConfig: join(dir, "config.capnp") };
}
