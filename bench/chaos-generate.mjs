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
import { runChaos } from "./chaos-run.mjs";

const settings = {
  flows: Number(process.argv[2] ?? 500),
  faultRate: Number(process.argv[3] ?? 0.25),
  concurrency: Number(process.argv[4] ?? 50),
  speed: 100,
  requestTimeoutRealMs: 2000,
  slowHeadersRealMs: 2500,
};
const modules = { createRivyaClient, generate, nodeSleep, startEmulator };
const { flows, faultRate, concurrency, speed } = settings;

const runs = [
  { label: "createRetryWindowMs 10 min (default)", ...(await runChaos(settings, modules)) },
  {
    label: "createRetryWindowMs 0 (3 attempts)",
    ...(await runChaos({ ...settings, clientOptions: { createRetryWindowMs: 0 } }, modules)),
  },
];

const pad = (text, width) => String(text).padEnd(width);
const row = (name, values, target = "") =>
  console.log(`${pad(name, 34)}${values.map((value) => pad(value, 40)).join("")}${target}`);
console.log(
  `${flows} generate flows, ${Math.round(faultRate * 100)} % of requests faulted (${runs[0].faultKinds} fault ` +
    `specs, ${(runs[0].perKind * 100).toFixed(2)} % each), ${concurrency} at a time, time ×${speed}\n`,
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
      `${run.requests} (${run.faulted} = ${((100 * run.faulted) / run.requests).toFixed(1)} %, ${run.faultedKinds} kinds)`,
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
