#!/usr/bin/env node
// Bench (2): 100 generations at once against a rate-limited emulator.
// Every one must succeed, with zero duplicate tasks and zero double charges, and the wall time
// should stay within 1.2× the rate limit's theoretical minimum.
//
// Theoretical minimum: each generation needs at least two successful requests (the create and
// one poll that sees it finished), so 2 × N requests through a limit of L per window W take at
// least (ceil(2N / L) − 1) × W (the last window's requests can go at its very start), or the
// task duration if that is longer.
//
// Run after a build: `node run.mjs build && node bench/client-concurrency.mjs [count] [limit] [windowMs]`
import { createRivyaClient, generate } from "../packages/core/dist/node.mjs";
import { startEmulator } from "../packages/emulator/dist/index.mjs";

const count = Number(process.argv[2] ?? 100);
const limit = Number(process.argv[3] ?? 50);
const windowMs = Number(process.argv[4] ?? 10_000);
const taskMs = 1000;

const emulator = await startEmulator({
  speed: 1,
  credits: 1_000_000,
  rateLimit: { limit, windowMs },
  timelines: { video: { queuedMs: 200, processingMs: taskMs - 200 } },
});
const client = createRivyaClient({ apiKey: emulator.apiKey, baseUrl: emulator.url, logLevel: "off" });
const balanceBefore = emulator.control.balance();

const started = performance.now();
const outcomes = await Promise.allSettled(
  Array.from({ length: count }, (_, index) =>
    generate(client, {
      model: "kling-3-0",
      prompt: `Bench clip number ${index + 1}`,
      params: { duration: "5" },
    }),
  ),
);
const wallMs = performance.now() - started;

const succeeded = outcomes.filter(
  (outcome) => outcome.status === "fulfilled" && outcome.value.status === "succeeded",
);
const failures = outcomes.filter((outcome) => outcome.status === "rejected").map((outcome) => outcome.reason);
const tasks = emulator.control.tasks();
const taskIds = new Set(tasks.map((task) => task.id));
const resultIds = new Set(succeeded.map((outcome) => outcome.value.taskId));
const reserves = emulator.control.charges().filter((entry) => entry.kind === "reserve");
const chargedTwice = reserves.length - new Set(reserves.map((entry) => entry.taskId)).size;
const requests = emulator.control.requests();
const rateLimited = requests.filter((entry) => entry.status === 429).length;
const creates = requests.filter((entry) => entry.method === "POST" && entry.path === "/api/v1/generations");
const polls = requests.filter(
  (entry) => entry.method === "GET" && entry.path.startsWith("/api/v1/generations/"),
);
const minimumMs = Math.max(taskMs, (Math.ceil((2 * count) / limit) - 1) * windowMs);
const ratio = wallMs / minimumMs;
const spent = balanceBefore - emulator.control.balance();

await emulator.close();

console.log(
  `${count} concurrent generations, rate limit ${limit} requests per ${windowMs / 1000} s window\n`,
);
console.log(`succeeded                 ${succeeded.length} / ${count}`);
console.log(`tasks created             ${tasks.length} (duplicates: ${tasks.length - resultIds.size})`);
console.log(
  `double charges            ${chargedTwice} (credits spent ${spent} = ${count} × 90: ${spent === count * 90})`,
);
console.log(
  `requests                  ${requests.length} (creates ${creates.length}, polls ${polls.length}, 429s ${rateLimited})`,
);
console.log(`wall time                 ${(wallMs / 1000).toFixed(2)} s`);
console.log(`theoretical minimum       ${(minimumMs / 1000).toFixed(2)} s`);
console.log(`ratio                     ${ratio.toFixed(2)}× (target ≤ 1.2×)`);
if (failures.length > 0) console.log(`first failure: ${failures[0]?.message}`);
const met =
  succeeded.length === count &&
  tasks.length === count &&
  taskIds.size === count &&
  chargedTwice === 0 &&
  ratio <= 1.2;
console.log(`\nTarget: ${met ? "met" : "MISSED"}`);
process.exitCode = met ? 0 : 1;
