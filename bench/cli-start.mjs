// `rivya` start-up against a bare `node -e 0`, side by side: median, min and max wall time over
// interleaved runs (A B C D A B C D …, so machine drift hits every command alike), the time over
// bare Node, and how many modules each loads. Target: `rivya --help` within 80 ms of bare Node.
// Usage: node bench/cli-start.mjs [--runs 21] [--bin packages/cli/bin/rivya.js]
// Needs the built CLI: node run.mjs bench:cli-start (builds first).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "21" },
    bin: { type: "string", default: fileURLToPath(new URL("../packages/cli/bin/rivya.js", import.meta.url)) },
  },
});
const runs = Number(values.runs);
const hook = fileURLToPath(new URL("../packages/cli/scripts/record-loaded-modules.mjs", import.meta.url));
const TARGET_MS = 80;

const commands = [
  { label: "node -e 0", args: ["-e", "0"] },
  { label: "rivya --help", args: [values.bin, "--help"] },
  { label: "rivya --version", args: [values.bin, "--version"] },
  { label: "rivya models", args: [values.bin, "models"] },
];

function timeOnce(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    stdio: "ignore",
    env: { ...process.env, RIVYA_API_KEY: "" },
  });
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function modulesLoaded(args) {
  if (args[0] === "-e") return 0;
  const dir = mkdtempSync(join(tmpdir(), "cli-start-"));
  const file = join(dir, "modules.txt");
  spawnSync(process.execPath, ["--import", hook, ...args], {
    stdio: "ignore",
    env: { ...process.env, RIVYA_LOADED_MODULES_FILE: file },
  });
  const count = readFileSync(file, "utf8")
    .split("\n")
    .filter((url) => url.startsWith("file:")).length;
  rmSync(dir, { recursive: true, force: true });
  return count;
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const times = commands.map(() => []);
for (const command of commands) timeOnce(command.args); // warm-up: file cache, JIT of node itself
for (let run = 0; run < runs; run += 1) {
  for (const [index, command] of commands.entries()) times[index].push(timeOnce(command.args));
}

const bare = median(times[0]);
console.log(`rivya start-up, ${runs} interleaved runs each, Node ${process.version}, ${values.bin}\n`);
console.log("command            median      min      max   over bare node   modules loaded");
for (const [index, command] of commands.entries()) {
  const list = times[index];
  const over = index === 0 ? "" : `${(median(list) - bare).toFixed(0).padStart(5)} ms`;
  console.log(
    `${command.label.padEnd(16)} ${median(list).toFixed(0).padStart(6)} ms ${Math.min(...list)
      .toFixed(0)
      .padStart(5)} ms ${Math.max(...list)
      .toFixed(0)
      .padStart(5)} ms   ${over.padStart(14)}   ${String(modulesLoaded(command.args)).padStart(14)}`,
  );
}
const helpOver = median(times[1]) - bare;
console.log(
  `\nrivya --help: ${helpOver.toFixed(0)} ms over bare node (target ≤ ${TARGET_MS} ms): ${helpOver <= TARGET_MS ? "met" : "NOT met"}`,
);
