// Measures how fast the emulator serves rendered results: a 15 s kling-3-0 image-to-video (16:9,
// 1080p tier, with sound) from an uploaded PNG, first request (rendered) and repeats (cached),
// over several tasks; and the text-to-video and 9:16 cases. The server runs in its own process.
// Usage: node bench/emulator-media.mjs [--tasks 5]
// Needs the built package: pnpm turbo run build --filter=@rivya-kit/emulator...
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { startEmulatorProcess } from "./emulator-process.mjs";

const { values } = parseArgs({ options: { tasks: { type: "string", default: "5" } } });
const tasks = Number(values.tasks);
const targetMs = 1000;
const image = readFileSync(new URL("../packages/cli/assets/demo-reference.png", import.meta.url));

const { server, url } = await startEmulatorProcess(["--speed", "1"]);
const headers = { Authorization: "Bearer rvya_sk_emulator_demo_key" };

async function api(method, path, body) {
  const response = await fetch(`${url}/api/v1${path}`, {
    method,
    headers: body instanceof FormData ? headers : { ...headers, "Content-Type": "application/json" },
    body: body instanceof FormData ? body : body && JSON.stringify(body),
  });
  return response.json();
}

/** Creates a task, moves the emulator's clock past its end (control API), returns its result URL. */
async function resultUrl(body) {
  const task = await api("POST", "/generations", body);
  await fetch(`${url}/__emulator/time`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ advanceMs: 900_000 }),
  });
  const state = await api("GET", `/generations/${task.id}`);
  if (state.status !== "succeeded") throw new Error(`task ${task.id}: ${JSON.stringify(state)}`);
  return state.result.primary_url;
}

async function timedDownload(target) {
  const started = performance.now();
  const response = await fetch(target);
  const bytes = (await response.arrayBuffer()).byteLength;
  return { ms: performance.now() - started, bytes };
}

function rssMiB(pid) {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/);
  return Number(line[1]) / 1024;
}

const form = new FormData();
form.set("kind", "image");
form.set("file", new Blob([image]), "demo-reference.png");
const file = await api("POST", "/files", form);

const cases = [
  [
    "15 s 16:9 image-to-video + sound",
    {
      duration: "15",
      aspect_ratio: "16:9",
      sound: "true",
      referenceMediaItems: [{ url: file.url, kind: "image" }],
    },
  ],
  ["15 s 9:16 text-to-video", { duration: "15", aspect_ratio: "9:16" }],
  ["5 s 16:9 text-to-video", { duration: "5", aspect_ratio: "16:9" }],
];
const rssBefore = rssMiB(server.pid);
console.log(`emulator results, ${tasks} tasks per case (target: a 15 s result served in < ${targetMs} ms)`);
for (const [title, params] of cases) {
  const first = [];
  const repeat = [];
  let size = 0;
  for (let index = 0; index < tasks; index++) {
    const target = await resultUrl({ model: "kling-3-0", prompt: `bench ${index}`, params });
    const cold = await timedDownload(target);
    first.push(cold.ms);
    size = cold.bytes;
    repeat.push((await timedDownload(target)).ms);
  }
  const max = Math.max(...first);
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  console.log(
    `  ${title.padEnd(34)} ${(size / 1024).toFixed(0).padStart(5)} KB  first request p50 ${median(first).toFixed(0).padStart(4)} ms, max ${max.toFixed(0).padStart(4)} ms  | repeat p50 ${median(repeat).toFixed(0).padStart(3)} ms  | target < ${targetMs} ms: ${max < targetMs ? "met" : "MISSED"}`,
  );
}
console.log(
  `  server RSS: ${rssBefore.toFixed(0)} MiB before, ${rssMiB(server.pid).toFixed(0)} MiB after ${tasks * cases.length} results`,
);
server.kill();
