#!/usr/bin/env node
// Bench: apply a 100-video manifest against a rate-limited emulator (real HTTP, time accelerated),
// then apply it again. Targets: every video succeeds with one task and one charge each, wall time
// ≤ 1.2× the rate limit's minimum, and the second apply sends zero creates.
//
// The limit's minimum: an apply needs at least 2N + 1 rate-limited requests (GET /credits once, a
// create and at least one poll per video; downloads are not rate-limited), so through L requests
// per window of W (virtual) ms at speed S it takes at least (ceil((2N + 1) / L) − 1) × W / S real
// ms (the last window's requests can go at its very start), or one task's duration if longer.
//
// Run after a build: `node run.mjs build && node bench/manifest-apply.mjs [count] [limit] [windowMs] [speed]`
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  applyManifest,
  createFileDownloader,
  createRivyaClient,
  nodeManifestFiles,
  parseLock,
  planManifest,
  readManifestLock,
} from "../packages/core/dist/node.mjs";
import { startEmulator } from "../packages/emulator/dist/index.mjs";

const count = Number(process.argv[2] ?? 100);
const limit = Number(process.argv[3] ?? 50);
const windowMs = Number(process.argv[4] ?? 15_000);
const speed = Number(process.argv[5] ?? 2);
const taskVirtualMs = 2000;

const emulator = await startEmulator({
  speed,
  credits: 1_000_000,
  rateLimit: { limit, windowMs },
  timelines: { video: { queuedMs: 200, processingMs: taskVirtualMs - 200 } },
});
const client = createRivyaClient({ apiKey: emulator.apiKey, baseUrl: emulator.url, logLevel: "off" });
const dir = await mkdtemp(join(tmpdir(), "rivya-bench-manifest-"));
const manifestPath = join(dir, "rivya.yaml");
const manifest = {
  defaults: { model: "kling-3-0", params: { duration: "5" }, out: "videos/" },
  budget: count * 90,
  // The rate limit is the bound; concurrency only has to keep enough requests in flight.
  concurrency: count,
  videos: Array.from({ length: count }, (_, index) => ({
    id: `clip-${String(index + 1).padStart(3, "0")}`,
    prompt: `Bench clip number ${index + 1}, a slow pan over a city at dusk`,
  })),
};

async function apply() {
  const files = nodeManifestFiles(manifestPath);
  const lock = parseLock(await readManifestLock(manifestPath));
  const plan = await planManifest(manifest, { lock, files });
  const started = performance.now();
  const result = await applyManifest(client, plan, { files, downloader: createFileDownloader(client) });
  return { plan, result, wallMs: performance.now() - started };
}

const creates = () => emulator.control.requests({ method: "POST", path: "/api/v1/generations" }).length;
const balanceBefore = emulator.control.balance();
const first = await apply();
const createsFirst = creates();
const second = await apply();
const createsSecond = creates() - createsFirst;

const tasks = emulator.control.tasks();
const reserves = emulator.control.charges().filter((entry) => entry.kind === "reserve");
const requests = emulator.control.requests();
const limited = requests.filter((entry) => entry.path.startsWith("/api/v1/"));
const rateLimited = requests.filter((entry) => entry.status === 429).length;
const minimumMs = Math.max(
  taskVirtualMs / speed,
  ((Math.ceil((2 * count + 1) / limit) - 1) * windowMs) / speed,
);
const ratio = first.wallMs / minimumMs;
const spent = balanceBefore - emulator.control.balance();
await emulator.close();
await rm(dir, { recursive: true, force: true });

console.log(
  `${count}-video manifest, rate limit ${limit} requests per ${windowMs / 1000} s window, time ×${speed}\n`,
);
console.log(`succeeded                 ${first.result.succeeded} / ${count} (failed ${first.result.failed})`);
console.log(`tasks / charges           ${tasks.length} / ${reserves.length} (credits spent ${spent})`);
console.log(`rate-limited requests     ${limited.length} (429s ${rateLimited}; minimum ${2 * count + 1})`);
console.log(`wall time                 ${(first.wallMs / 1000).toFixed(2)} s`);
console.log(`limit's minimum           ${(minimumMs / 1000).toFixed(2)} s`);
console.log(`ratio                     ${ratio.toFixed(2)}× (target ≤ 1.2×)`);
console.log(
  `second apply              ${second.plan.videos.filter((video) => video.state === "unchanged").length} unchanged, ${createsSecond} creates (target 0), ${(second.wallMs / 1000).toFixed(2)} s`,
);
const failure = first.result.videos.find((video) => video.status === "failed");
if (failure) console.log(`first failure: ${failure.id}: ${failure.error?.code} ${failure.error?.message}`);
const met =
  first.result.succeeded === count &&
  tasks.length === count &&
  reserves.length === count &&
  createsSecond === 0 &&
  ratio <= 1.2;
console.log(`\nTarget: ${met ? "met" : "MISSED"}`);
process.exitCode = met ? 0 : 1;
