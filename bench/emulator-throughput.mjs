// Measures the emulator: status-poll throughput with 50 concurrent keep-alive clients, and the
// server's memory while it streams a 1 GB result. The server runs in its own process (as users
// run it), so the load generator does not share its event loop.
// Usage: node bench/emulator-throughput.mjs [--seconds 8] [--clients 50] [--size 1073741824]
// Needs the built package: pnpm turbo run build --filter=@rivya-kit/emulator...
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { parseArgs } from "node:util";
import { startEmulatorProcess } from "./emulator-process.mjs";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "8" },
    clients: { type: "string", default: "50" },
    size: { type: "string", default: String(1024 ** 3) },
  },
});
const seconds = Number(values.seconds);
const clients = Number(values.clients);
const size = Number(values.size);

const { server, url } = await startEmulatorProcess(["--speed", "0.001"]);
const apiKey = "rvya_sk_emulator_demo_key";
const agent = new Agent({ keepAlive: true, maxSockets: clients });

function call(method, path, body) {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}${path}`,
      { method, agent, headers: { Authorization: `Bearer ${apiKey}`, "Content-Type": "application/json" } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => {
          text += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode, text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** CPU seconds (user + system) the process has used: a figure the shared machine's load does not skew. */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function rssMegabytes(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(status.match(/VmRSS:\s+(\d+)/)[1]) / 1024;
}

const task = JSON.parse(
  (await call("POST", "/api/v1/generations", JSON.stringify({ model: "kling-3-0", prompt: "bench" }))).text,
);
const path = `/api/v1/generations/${task.id}`;
// Warm up connections and the JIT.
await Promise.all(Array.from({ length: clients }, () => call("GET", path)));

const cpuBefore = cpuSeconds(server.pid);
let completed = 0;
let failed = 0;
const latencies = [];
const deadline = performance.now() + seconds * 1000;
const started = performance.now();
await Promise.all(
  Array.from({ length: clients }, async () => {
    while (performance.now() < deadline) {
      const before = performance.now();
      const response = await call("GET", path);
      latencies.push(performance.now() - before);
      if (response.status === 200) completed++;
      else failed++;
    }
  }),
);
const elapsed = (performance.now() - started) / 1000;
const serverCpu = cpuSeconds(server.pid) - cpuBefore;
latencies.sort((a, b) => a - b);
const percentile = (p) =>
  latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(1);
console.log(`status polls: ${clients} clients, ${elapsed.toFixed(1)} s`);
console.log(`  ${(completed / elapsed).toFixed(0)} requests/s (${completed} ok, ${failed} not 200)`);
console.log(
  `  server CPU ${serverCpu.toFixed(1)} s: ${(completed / serverCpu).toFixed(0)} requests per CPU-second`,
);
console.log(`  latency p50 ${percentile(0.5)} ms, p99 ${percentile(0.99)} ms`);

// Large result: stream it, discard the bytes, sample the server's resident memory.
const baseline = rssMegabytes(server.pid);
let peak = baseline;
const sampler = setInterval(() => {
  peak = Math.max(peak, rssMegabytes(server.pid));
}, 50);
const downloadStart = performance.now();
const received = await new Promise((resolve, reject) => {
  const req = request(`${url}/media/large.mp4?size=${size}`, (res) => {
    let bytes = 0;
    res.on("data", (chunk) => {
      bytes += chunk.length;
    });
    res.on("end", () => resolve(bytes));
  });
  req.on("error", reject);
  req.end();
});
clearInterval(sampler);
const downloadSeconds = (performance.now() - downloadStart) / 1000;
console.log(
  `large result: ${(received / 1024 ** 2).toFixed(0)} MiB in ${downloadSeconds.toFixed(1)} s (${(received / 1024 ** 2 / downloadSeconds).toFixed(0)} MiB/s)`,
);
console.log(
  `  server RSS: ${baseline.toFixed(0)} MiB before, ${peak.toFixed(0)} MiB peak (+${(peak - baseline).toFixed(0)} MiB)`,
);
if (received !== size) console.log(`  WARNING: received ${received} of ${size} bytes`);

agent.destroy();
server.kill("SIGTERM");
