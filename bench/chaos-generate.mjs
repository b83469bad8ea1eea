#!/usr/bin/env node
// Bench: `generate` flows through injected faults of every kind the emulator offers, hitting a
// quarter of all API requests — connection resets before and after the server handled the
// request, JSON 5xx and a gateway's HTML 502/503 pages (before and after), 429s, slow headers
// that trip the client's timeout (before and after), truncated and malformed bodies.
//
// Each flow carries its own `client_request_id`, so every task the emulator created maps back to
// the flow that made it. Reported per run:
// - completed: flows that returned a succeeded task;
// - duplicate tasks: tasks beyond the first for one flow (a second paid task for one video);
// - charges vs tasks: credit reservations against tasks, and tasks reserved more than once;
// - orphaned tasks: tasks whose flow ended without learning the task id — "by id" counts those the
//   caller cannot name; "and no key" those it cannot even reattach to (no idempotencyKey with
//   taskMayExist on the error). Target: 0 orphans, 0 duplicates.
// The same flows run twice against a fresh emulator with the same seed: with the default
// `createRetryWindowMs` (10 min), and with `createRetryWindowMs: 0` (a create gets the ordinary 3
// attempts, the behaviour before the window existed) for comparison.
//
// Time is accelerated ×100 on both sides (the emulator's virtual clock; the client's sleeps and
// clock), so a 10-minute retry window lasts 6 s and a 93 s video job under 1 s. Slow headers wait
// real time: 2.5 s against the client's 2 s request timeout.
//
// Run after a build: `node run.mjs build && node bench/chaos-generate.mjs [flows] [faultRate] [concurrency]`
// (or `pnpm bench:chaos`).
import { createRivyaClient, generate, nodeSleep } from "../packages/core/dist/node.mjs";
import { startEmulator } from "../packages/emulator/dist/index.mjs";

const flows = Number(process.argv[2] ?? 500);
const faultRate = Number(process.argv[3] ?? 0.25);
const concurrency = Number(process.argv[4] ?? 50);
const speed = 100;
const requestTimeoutRealMs = 2000;
const slowHeadersRealMs = 2500;

/** Every fault kind the emulator injects into a response, each phase where it differs. */
const faultKinds = [
  { kind: "reset" },
  { kind: "reset", phase: "after" },
  { kind: "error", status: 500 },
  { kind: "error", status: 503, phase: "after" },
  { kind: "html_error", status: 502 },
  { kind: "html_error", status: 503, phase: "after" },
  { kind: "rate_limit", retryAfterSeconds: 1 },
  { kind: "rate_limit", retryAfterSeconds: 1, phase: "after" },
  { kind: "slow_headers", delayMs: slowHeadersRealMs },
  { kind: "slow_headers", delayMs: slowHeadersRealMs, phase: "after" },
  { kind: "truncated_body" },
  { kind: "malformed_body" },
];
// The registry tries the faults in order and the first that fires wins: with each firing at q,
// a request is hit with probability 1 − (1 − q)^k = faultRate, spread almost evenly over the kinds.
const perKind = 1 - (1 - faultRate) ** (1 / faultKinds.length);

/** Runs `count` flows, `concurrency` at a time, and returns what the emulator and the callers saw. */
async function runChaos(label, clientOptions) {
  const emulator = await startEmulator({ speed, seed: 7, credits: 10_000_000, rateLimit: false });
  for (const fault of faultKinds)
    emulator.control.injectFault({ ...fault, count: 1e9, probability: perKind });
  const startedAt = Date.now();
  const client = createRivyaClient({
    apiKey: emulator.apiKey,
    baseUrl: emulator.url,
    logLevel: "off",
    timeoutMs: requestTimeoutRealMs * speed,
    sleep: (ms, signal) => nodeSleep(ms / speed, signal),
    now: () => startedAt + (Date.now() - startedAt) * speed,
    ...clientOptions,
  });
  const outcomes = new Array(flows);
  let next = 0;
  const worker = async () => {
    while (next < flows) {
      const index = next++;
      const request = {
        model: "kling-3-0",
        prompt: `Chaos clip number ${index + 1}`,
        params: { duration: "5" },
        client_request_id: `flow-${index}`,
      };
      outcomes[index] = await generate(client, request).then(
        (value) => ({ ok: true, value }),
        (error) => ({ ok: false, error }),
      );
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallMs = Date.now() - startedAt;
  // Answers broken "after" may still be on their way: let the last ones land before counting.
  await new Promise((resolve) => setTimeout(resolve, slowHeadersRealMs + 500));
  const tasks = emulator.control.tasks();
  const reserves = emulator.control.charges().filter((entry) => entry.kind === "reserve");
  const requests = emulator.control.requests();
  await emulator.close();

  const tasksByFlow = new Map();
  for (const task of tasks) {
    const list = tasksByFlow.get(task.clientRequestId) ?? [];
    list.push(task);
    tasksByFlow.set(task.clientRequestId, list);
  }
  let duplicates = 0;
  for (const list of tasksByFlow.values()) duplicates += list.length - 1;
  const reservesByTask = new Map();
  for (const entry of reserves) reservesByTask.set(entry.taskId, (reservesByTask.get(entry.taskId) ?? 0) + 1);
  const chargedTwice = [...reservesByTask.values()].filter((count) => count > 1).length;

  let orphanedById = 0;
  let orphanedWithoutKey = 0;
  const failures = new Map();
  outcomes.forEach((outcome, index) => {
    const known = outcome.ok ? outcome.value.taskId : outcome.error?.taskId;
    const reattachable = !outcome.ok && outcome.error?.taskMayExist && outcome.error?.idempotencyKey;
    for (const task of tasksByFlow.get(`flow-${index}`) ?? []) {
      if (task.id === known) continue;
      orphanedById++;
      if (!reattachable) orphanedWithoutKey++;
    }
    if (!outcome.ok) {
      const code = outcome.error?.code ?? outcome.error?.name ?? "unknown";
      failures.set(code, (failures.get(code) ?? 0) + 1);
    }
  });
  const faulted = requests.filter((entry) => entry.fault !== null);
  const creates = requests.filter((entry) => entry.method === "POST" && entry.path === "/api/v1/generations");
  return {
    label,
    completed: outcomes.filter((outcome) => outcome.ok && outcome.value.status === "succeeded").length,
    tasks: tasks.length,
    duplicates,
    reserves: reserves.length,
    chargedTwice,
    orphanedById,
    orphanedWithoutKey,
    failures,
    requests: requests.length,
    faulted: faulted.length,
    faultKinds: new Set(faulted.map((entry) => entry.fault)),
    creates: creates.length,
    replayed: creates.filter((entry) => entry.replayed).length,
    wallMs,
  };
}

const runs = [
  await runChaos("createRetryWindowMs 10 min (default)", {}),
  await runChaos("createRetryWindowMs 0 (3 attempts)", { createRetryWindowMs: 0 }),
];

const pad = (text, width) => String(text).padEnd(width);
const row = (name, values, target = "") =>
  console.log(`${pad(name, 34)}${values.map((value) => pad(value, 40)).join("")}${target}`);
console.log(
  `${flows} generate flows, ${Math.round(faultRate * 100)} % of requests faulted (${faultKinds.length} kinds, ` +
    `${(perKind * 100).toFixed(2)} % each), ${concurrency} at a time, time ×${speed}\n`,
);
row(
  "",
  runs.map((run) => run.label),
  "target",
);
row(
  "completed",
  runs.map((run) => `${run.completed} / ${flows}`),
  `${flows} / ${flows}`,
);
row(
  "duplicate tasks",
  runs.map((run) => run.duplicates),
  "0",
);
row(
  "charges vs tasks",
  runs.map((run) => `${run.reserves} reserves / ${run.tasks} tasks (${run.chargedTwice} twice)`),
  "equal, 0 twice",
);
row(
  "orphaned tasks (unknown by id)",
  runs.map((run) => run.orphanedById),
  "0",
);
row(
  "  … and no key to reattach",
  runs.map((run) => run.orphanedWithoutKey),
  "0",
);
row(
  "failed flows by code",
  runs.map((run) => [...run.failures].map(([code, count]) => `${code} ${count}`).join(", ") || "none"),
);
row(
  "requests (faulted)",
  runs.map(
    (run) =>
      `${run.requests} (${run.faulted} = ${((100 * run.faulted) / run.requests).toFixed(1)} %, ${run.faultKinds.size} kinds)`,
  ),
);
row(
  "creates (replayed)",
  runs.map((run) => `${run.creates} (${run.replayed})`),
);
row(
  "wall time",
  runs.map((run) => `${(run.wallMs / 1000).toFixed(1)} s`),
);

const [main] = runs;
const met =
  main.completed === flows &&
  main.duplicates === 0 &&
  main.orphanedById === 0 &&
  main.chargedTwice === 0 &&
  main.reserves === main.tasks;
console.log(
  `\nTarget (default settings: all completed, 0 orphans, 0 duplicates, one charge per task): ${met ? "met" : "MISSED"}`,
);
process.exitCode = met ? 0 : 1;
