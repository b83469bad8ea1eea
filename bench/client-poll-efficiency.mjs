#!/usr/bin/env node
// Bench (1): poll efficiency of the core's `wait` on a simulated clock.
// For tasks expected to take 10 s, 1 min, 5 min and 15 min, with actual durations scattered
// ±50 % (uniform) around the expectation, it counts status requests per task and the mean
// detection lag (completion → the client knows), side by side with fixed 5 s polling (Rivya's
// guidance: first poll at 2–3 s, then every 5 s) and fixed 0.5 s polling (replicate / fal).
// Target: for tasks of 1 min or longer, fewer than half the requests of fixed 5 s polling at a
// mean lag under 10 % of the task's duration.
//
// Run after a build: `node run.mjs build && node bench/client-poll-efficiency.mjs [tasksPerCase]`
import { waitForTask } from "../packages/core/dist/index.mjs";

const tasksPerCase = Number(process.argv[2] ?? 2000);
const cases = [
  ["10 s", 10_000],
  ["1 min", 60_000],
  ["5 min", 300_000],
  ["15 min", 900_000],
];

// A seeded PRNG so runs are reproducible.
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const silent = { debug() {}, info() {}, warn() {}, error() {} };

/** The real `waitForTask` loop, on a virtual clock that jumps forward on every sleep. */
async function adaptive(expectedMs, durationMs, random) {
  let clock = 0;
  let polls = 0;
  const task = (status) => ({
    id: "task_sim",
    status,
    model: "sim-model",
    reserved_credits: 0,
    final_credits: 0,
  });
  await waitForTask(
    task("queued"),
    { expectedDurationMs: expectedMs, timeoutMs: 100 * expectedMs },
    {
      getTask: async () => {
        polls++;
        return task(clock >= durationMs ? "succeeded" : "processing");
      },
      sleep: async (ms) => {
        clock += ms;
      },
      now: () => clock,
      random,
      logger: silent,
    },
  );
  return { polls, lag: clock - durationMs };
}

/** Fixed-interval polling starting at `firstMs`. */
function fixed(firstMs, intervalMs, durationMs) {
  let time = firstMs;
  let polls = 1;
  while (time < durationMs) {
    time += intervalMs;
    polls++;
  }
  return { polls, lag: time - durationMs };
}

function summarise(samples, expectedMs) {
  const polls = samples.reduce((sum, sample) => sum + sample.polls, 0) / samples.length;
  const lagMs = samples.reduce((sum, sample) => sum + sample.lag, 0) / samples.length;
  const lagOfDuration =
    samples.reduce((sum, sample) => sum + sample.lag / sample.duration, 0) / samples.length;
  return { polls, lagMs, lagOfExpected: lagMs / expectedMs, lagOfDuration };
}

const format = (value, digits = 1) => value.toFixed(digits);
const rows = [];
let allMet = true;
for (const [label, expectedMs] of cases) {
  const random = mulberry32(42);
  const results = { adaptive: [], fixed5: [], fixed05: [] };
  for (let index = 0; index < tasksPerCase; index++) {
    const duration = expectedMs * (0.5 + random());
    results.adaptive.push({ ...(await adaptive(expectedMs, duration, random)), duration });
    results.fixed5.push({ ...fixed(2000 + 1000 * random(), 5000, duration), duration });
    results.fixed05.push({ ...fixed(500, 500, duration), duration });
  }
  const adaptiveSummary = summarise(results.adaptive, expectedMs);
  const fixed5Summary = summarise(results.fixed5, expectedMs);
  const fixed05Summary = summarise(results.fixed05, expectedMs);
  const ratio = adaptiveSummary.polls / fixed5Summary.polls;
  const target =
    expectedMs < 60_000 ? "n/a" : ratio < 0.5 && adaptiveSummary.lagOfDuration < 0.1 ? "met" : "MISSED";
  if (target === "MISSED") allMet = false;
  rows.push([
    label,
    `${format(adaptiveSummary.polls)} req, lag ${format(adaptiveSummary.lagMs / 1000)} s (${format(100 * adaptiveSummary.lagOfDuration)} % of duration)`,
    `${format(fixed5Summary.polls)} req, lag ${format(fixed5Summary.lagMs / 1000)} s`,
    `${format(fixed05Summary.polls)} req, lag ${format(fixed05Summary.lagMs / 1000, 2)} s`,
    `${format(100 * ratio)} %`,
    target,
  ]);
}

console.log(
  `Poll efficiency, ${tasksPerCase} simulated tasks per case, durations uniform in [0.5, 1.5] × expected\n`,
);
const header = [
  "expected",
  "adaptive (rivya-kit)",
  "fixed 5 s",
  "fixed 0.5 s",
  "adaptive / fixed 5 s",
  "target",
];
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => row[column].length)),
);
const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(" | ")} |`;
console.log(line(header));
console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
for (const row of rows) console.log(line(row));
console.log(
  `\nTarget (>= 1 min: < 50 % of fixed-5 s requests and mean lag < 10 % of duration): ${allMet ? "met" : "MISSED"}`,
);
process.exitCode = allMet ? 0 : 1;
