// One chaos run: `generate` flows against a fresh emulator whose API requests are faulted at a
// given rate, spread over every fault kind it offers. Shared by `bench/chaos-generate.mjs` (built
// packages, 500 flows) and `tests/integration` (sources, a smaller run that CI enforces), which
// pass in the core and emulator they use.

/** Every fault kind the emulator injects into a response, in each phase where it differs. */
export function chaosFaults(slowHeadersRealMs) {
  return [
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
}

/**
 * Runs `flows` generate flows, `concurrency` at a time, with time accelerated `speed`× on both
 * sides (the emulator's clock; the client's sleeps and clock). Slow headers wait real time,
 * longer than the client's request timeout. Each flow has its own `client_request_id`, so every
 * task maps back to the flow that made it. Returns what the emulator and the callers saw.
 */
export async function runChaos(settings, modules) {
  const { flows, faultRate, concurrency, speed, requestTimeoutRealMs, slowHeadersRealMs } = settings;
  const { createRivyaClient, generate, nodeSleep, startEmulator } = modules;
  const faults = chaosFaults(slowHeadersRealMs);
  // The registry tries the faults in order and the first that fires wins: with each firing at q, a
  // request is hit with probability 1 − (1 − q)^k = faultRate, spread almost evenly over the kinds.
  const perKind = 1 - (1 - faultRate) ** (1 / faults.length);
  const emulator = await startEmulator({ speed, seed: settings.seed ?? 7, credits: 1e7, rateLimit: false });
  for (const fault of faults) emulator.control.injectFault({ ...fault, count: 1e9, probability: perKind });
  const startedAt = Date.now();
  const client = createRivyaClient({
    apiKey: emulator.apiKey,
    baseUrl: emulator.url,
    logLevel: "off",
    timeoutMs: requestTimeoutRealMs * speed,
    sleep: (ms, signal) => nodeSleep(ms / speed, signal),
    now: () => startedAt + (Date.now() - startedAt) * speed,
    ...settings.clientOptions,
  });
  const outcomes = await runFlows(flows, concurrency, (index) =>
    generate(client, {
      model: "kling-3-0",
      prompt: `Chaos clip number ${index + 1}`,
      params: { duration: "5" },
      client_request_id: `flow-${index}`,
    }),
  );
  const wallMs = Date.now() - startedAt;
  // Answers broken "after" may still be on their way: let the last ones land before counting.
  await new Promise((resolve) => setTimeout(resolve, slowHeadersRealMs + 500));
  const figures = countOutcomes(outcomes, emulator.control);
  await emulator.close();
  return { ...figures, flows, perKind, faultKinds: faults.length, wallMs };
}

async function runFlows(flows, concurrency, flow) {
  const outcomes = new Array(flows);
  let next = 0;
  const worker = async () => {
    while (next < flows) {
      const index = next++;
      outcomes[index] = await flow(index).then(
        (value) => ({ ok: true, value }),
        (error) => ({ ok: false, error }),
      );
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcomes;
}

function countOutcomes(outcomes, control) {
  const tasks = control.tasks();
  const reserves = control.charges().filter((entry) => entry.kind === "reserve");
  const requests = control.requests();
  const tasksByFlow = Map.groupBy(tasks, (task) => task.clientRequestId);
  let duplicates = 0;
  for (const list of tasksByFlow.values()) duplicates += list.length - 1;
  const reservesByTask = Map.groupBy(reserves, (entry) => entry.taskId);
  const chargedTwice = [...reservesByTask.values()].filter((list) => list.length > 1).length;
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
    faultedKinds: new Set(faulted.map((entry) => entry.fault)).size,
    creates: creates.length,
    replayed: creates.filter((entry) => entry.replayed).length,
  };
}
