#!/usr/bin/env node
// Bench (3): memory while uploading a 50 MB reference and downloading a 1 GB result.
// The client runs in this process; the emulator runs in a child process so that only the
// client's memory is measured. RSS is sampled every 10 ms; the figure is the peak growth over
// the baseline taken right before each transfer. Target: under 64 MB for both.
//
// Run after a build: `node run.mjs build && node bench/client-memory.mjs [downloadMiB]`
import { spawn } from "node:child_process";
import { mkdtemp, open, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRivyaClient, downloadToFile } from "../packages/core/dist/node.mjs";

const downloadBytes = Number(process.argv[2] ?? 1024) * 1024 * 1024;
const uploadBytes = 50 * 1000 * 1000;
const emulatorEntry = fileURLToPath(new URL("../packages/emulator/dist/index.mjs", import.meta.url));

// The emulator in its own process; it prints its URL and key as one JSON line.
const child = spawn(
  process.execPath,
  [
    "--input-type=module",
    "-e",
    `import { startEmulator } from ${JSON.stringify(emulatorEntry)};
     const emulator = await startEmulator({ speed: 1000, resultSizeBytes: ${downloadBytes}, rateLimit: false });
     console.log(JSON.stringify({ url: emulator.url, apiKey: emulator.apiKey }));`,
  ],
  { stdio: ["ignore", "pipe", "inherit"] },
);
const { url, apiKey } = await new Promise((resolve, reject) => {
  child.stdout.once("data", (chunk) => resolve(JSON.parse(String(chunk))));
  child.once("exit", (code) => reject(new Error(`emulator exited with ${code}`)));
});

const directory = await mkdtemp(join(tmpdir(), "rivya-memory-bench-"));
try {
  // A valid MP4 (ftyp box) padded with a `free` box to 50 MB, written without holding it in memory.
  const source = join(directory, "reference.mp4");
  const handle = await open(source, "w");
  const ftyp = Buffer.from("0000001c667479706d703432000000006d7034316d703432697336", "hex");
  const header = Buffer.alloc(8);
  header.writeUInt32BE(uploadBytes - ftyp.length - 1, 0);
  header.write("free", 4, "ascii");
  await handle.write(Buffer.concat([ftyp.subarray(0, 27), Buffer.alloc(1), header]));
  await handle.truncate(uploadBytes);
  await handle.close();

  const client = createRivyaClient({ apiKey, baseUrl: url, logLevel: "off" });
  // Warm up code paths (JIT, sockets) so the baseline is fair.
  await client.credits.get();

  async function measure(label, run) {
    globalThis.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    const started = performance.now();
    const result = await run();
    const seconds = (performance.now() - started) / 1000;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    const growth = (peak - baseline) / 1024 / 1024;
    console.log(
      `${label.padEnd(34)} peak RSS growth ${growth.toFixed(1).padStart(6)} MB  (${seconds.toFixed(1)} s) ${growth < 64 ? "met" : "MISSED"}`,
    );
    return { result, growth };
  }

  const upload = await measure(`upload ${(uploadBytes / 1e6).toFixed(0)} MB video reference`, () =>
    client.files.upload({ file: { path: source }, kind: "video" }),
  );
  if (upload.result.size_bytes !== uploadBytes) throw new Error(`uploaded ${upload.result.size_bytes} bytes`);

  const task = await client.generations.createAndWait(
    { model: "kling-3-0", prompt: "memory bench" },
    { sleep: (ms, signal) => new Promise((resolve) => setTimeout(resolve, ms / 1000, signal)) },
  );
  const download = await measure(`download ${(downloadBytes / 1024 ** 3).toFixed(2)} GB result`, () =>
    downloadToFile(task.result.primary_url, join(directory, "result.mp4"), { client }),
  );
  const saved = await stat(download.result.path);
  if (saved.size !== downloadBytes) throw new Error(`saved ${saved.size} of ${downloadBytes} bytes`);
  const met = upload.growth < 64 && download.growth < 64;
  console.log(`\nTarget (peak RSS growth < 64 MB for both): ${met ? "met" : "MISSED"}`);
  process.exitCode = met ? 0 : 1;
} finally {
  child.kill();
  await rm(directory, { recursive: true, force: true });
}
