// n8n's queue mode end to end: a main and 2 workers of the real n8n 2.41.1 with Debian's Redis and
// PostgreSQL (installed with apt-get when missing, started here on free ports in temp folders),
// against the emulator over real HTTP. Never skipped: what cannot be installed or started fails.
import { type RunningEmulator, startEmulator } from "@rivya-kit/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { N8nQueueCluster } from "../../e2e/n8n-queue-cluster";
import {
  activate,
  binaryData,
  deactivate,
  type ExecutionSummary,
  execution,
  executions,
  retryExecution,
  staticData,
  stopExecution,
} from "../../e2e/n8n-rest";
import { ensureN8nInstalled } from "../../e2e/n8n-runtime";
import { type QueueServices, startQueueServices } from "../../e2e/queue-services";
import {
  generateOnWebhook,
  generatePath,
  largePath,
  queueTriggerWebhookId,
  triggerOnFinished,
} from "../../e2e/queue-workflows";
import { signedDelivery } from "../../e2e/signed-delivery";

const credential = { id: "rivyaQueue", name: "Rivya (emulator, queue mode)" };
const largeCredential = { id: "rivyaQueueLarge", name: "Rivya (emulator, 60 MB results)" };
const largeResultBytes = 60 * 1024 * 1024;
const figures: Record<string, unknown> = {};
let services: QueueServices | undefined;
let emulator: RunningEmulator;
/** A second emulator whose results are 60 MB MP4s (for the memory figures of database mode). */
let largeEmulator: RunningEmulator;
let cluster: N8nQueueCluster | undefined;
const log = (line: string): void => console.log(`[queue e2e] ${line}`);

function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  return run().finally(() => {
    figures[`${label} (ms)`] = Date.now() - started;
  });
}

async function waitFor(
  check: () => Promise<boolean> | boolean,
  withinMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`${what}: not within ${withinMs} ms\n${cluster?.output() ?? ""}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const finished = (run: ExecutionSummary) => !["new", "running", "waiting"].includes(run.status);
const main = () => (cluster as N8nQueueCluster).main;

/**
 * Starts the Generate workflow through its production webhook (queued for a worker). Right after
 * activation n8n may still answer 404 (nothing started then): those are sent again.
 */
async function startGeneration(prompt: string, path = generatePath): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const response = await fetch(`${main().url}/webhook/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ prompt }),
    });
    const text = await response.text();
    if (response.status !== 404 || Date.now() > deadline) {
      expect(response.status, text).toBe(200);
      return;
    }
    await sleep(500);
  }
}

/** Ids of the workflow's executions so far (to tell the next one apart). */
async function executionIds(workflowId: string): Promise<Set<string>> {
  return new Set((await executions(main(), workflowId)).map((run) => run.id));
}

/** The one execution of `workflowId` not in `before` that is running now. */
async function runningExecution(workflowId: string, before: Set<string>): Promise<string> {
  let id = "";
  await waitFor(
    async () => {
      const running = (await executions(main(), workflowId)).filter(
        (run) => !before.has(run.id) && !finished(run),
      );
      id = running.length === 1 ? (running[0]?.id ?? "") : "";
      return id !== "";
    },
    60_000,
    "one new running execution",
  );
  return id;
}

/** Waits until the emulator has a task and has answered at least one poll for it. */
async function taskBeingPolled(): Promise<string> {
  let taskId = "";
  await waitFor(
    () => {
      taskId = emulator.control.tasks()[0]?.id ?? "";
      return taskId !== "" && pollsOf(taskId) > 0;
    },
    120_000,
    "a task being polled",
  );
  return taskId;
}

const pollsOf = (taskId: string): number =>
  emulator.control.requests({ method: "GET", path: `/api/v1/generations/${taskId}` }).length;
const creates = () => emulator.control.requests({ method: "POST", path: "/api/v1/generations" });
const reserves = () => emulator.control.charges().filter((entry) => entry.kind === "reserve");

beforeAll(async () => {
  await timed("install n8n (0 when current)", () => ensureN8nInstalled(log));
  services = await timed("install/start redis + postgres", () => startQueueServices(log));
  emulator = await startEmulator({ speed: 60, rateLimit: false, allowLoopbackWebhooks: true });
  largeEmulator = await startEmulator({ speed: 60, rateLimit: false, resultSizeBytes: largeResultBytes });
  cluster = await timed("start main + 2 workers", () =>
    N8nQueueCluster.start(services as QueueServices, 2, {
      migrate: async (home) => {
        await home.importCredentials([
          { ...credential, type: "rivyaApi", data: { apiKey: emulator.apiKey, baseUrl: emulator.url } },
          {
            ...largeCredential,
            type: "rivyaApi",
            data: { apiKey: largeEmulator.apiKey, baseUrl: largeEmulator.url },
          },
        ]);
      },
      alongside: async (home) => {
        await home.importWorkflow(generateOnWebhook(credential));
        await home.importWorkflow(triggerOnFinished(credential));
        await home.importWorkflow(
          generateOnWebhook(largeCredential, {
            id: "queueLarge",
            path: largePath,
            webhookId: "4a8d2f6e-1b3c-4d5e-8f7a-9b0c1d2e3f40",
          }),
        );
      },
    }),
  );
  await activate(main(), "queueGenerate");
  await activate(main(), "queueLarge");
});

afterAll(async () => {
  if (cluster) figures["resident memory at the end (MB)"] = cluster.residentMemoryMb();
  await cluster?.stop();
  await services?.stop();
  await emulator?.close();
  await largeEmulator?.close();
  console.log("[queue e2e] figures:", JSON.stringify(figures, null, 2));
});

describe("queue mode: main + 2 workers + Redis + PostgreSQL", () => {
  it("20 executions run on both workers: all succeed, one task and one charge each, binaries readable from the main", async () => {
    emulator.control.reset();
    const prompts = Array.from({ length: 20 }, (_, index) => `Scene ${index + 1}: a paper boat on a river`);
    const started = Date.now();
    await Promise.all(prompts.map((prompt) => startGeneration(prompt)));
    await waitFor(
      async () => (await executions(main(), "queueGenerate")).filter(finished).length >= 20,
      240_000,
      "20 finished executions",
    );
    figures["20 executions, first request to last finished (ms)"] = Date.now() - started;
    const runs = await executions(main(), "queueGenerate");
    expect(runs.map((run) => run.status)).toEqual(prompts.map(() => "success"));

    // No duplicate task: one create per execution, each a new task, each charged once.
    expect(creates()).toHaveLength(20);
    expect(creates().filter((request) => request.replayed)).toHaveLength(0);
    expect(new Set(creates().map((request) => request.idempotencyKey)).size).toBe(20);
    const tasks = emulator.control.tasks();
    expect(tasks).toHaveLength(20);
    expect(reserves()).toHaveLength(20);
    expect(emulator.control.balance()).toBe(10_000 - 20 * 42);

    // Both workers took executions.
    const perWorker: Record<string, number> = {};
    for (const run of runs) {
      const worker = cluster?.workerOf(run.id);
      expect(worker, `no worker logged execution ${run.id}`).toBeDefined();
      perWorker[worker?.name ?? "?"] = (perWorker[worker?.name ?? "?"] ?? 0) + 1;
    }
    figures["executions per worker"] = perWorker;
    expect(Object.keys(perWorker).sort()).toEqual(["worker-1", "worker-2"]);

    // Each result's binary (stored by a worker, in the database) is readable through the main.
    const taskIds = new Set<string>();
    for (const run of runs) {
      const { data } = await execution(main(), run.id);
      const [item] = data.resultData.runData.Rivya?.[0]?.data?.main?.[0] ?? [];
      expect(item?.json.status).toBe("succeeded");
      taskIds.add(String(item?.json.taskId));
      const binaryId = item?.binary?.data?.id;
      expect(binaryId).toMatch(/^database:/);
      const bytes = await binaryData(main(), String(binaryId));
      expect(bytes.subarray(4, 8).toString("latin1")).toBe("ftyp");
    }
    expect(taskIds).toEqual(new Set(tasks.map((task) => task.id)));
    figures["resident memory after 20 executions (MB)"] = cluster?.residentMemoryMb();
  });

  it("the trigger registers its endpoint once (on the main); deliveries run on workers; the same signed delivery twice runs once", async () => {
    emulator.control.reset();
    const headers = { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" };
    const endpoints = async () =>
      (
        (await (await fetch(`${emulator.url}/api/v1/webhooks`, { headers })).json()) as {
          data: { url: string; status?: string; revoked_at?: string | null }[];
        }
      ).data;
    await activate(main(), "queueTrigger");
    await waitFor(async () => (await endpoints()).length > 0, 120_000, "endpoint registered");
    await sleep(2000);
    expect((await endpoints()).map((endpoint) => endpoint.url)).toEqual([
      `${main().url}/webhook/${queueTriggerWebhookId}/webhook`,
    ]);
    expect(emulator.control.requests({ method: "POST", path: "/api/v1/webhooks" })).toHaveLength(1);

    // A real delivery from the emulator runs on a worker.
    const created = (await (
      await fetch(`${emulator.url}/api/v1/generations`, {
        method: "POST",
        headers,
        body: JSON.stringify({ model: "kling-v2-5-turbo-pro", prompt: "For the trigger" }),
      })
    ).json()) as { id: string };
    await emulator.control.advanceTime(200_000);
    await emulator.control.flush();
    await waitFor(
      async () => (await executions(main(), "queueTrigger")).filter(finished).length === 1,
      120_000,
      "the delivery's execution",
    );
    const [delivered] = await executions(main(), "queueTrigger");
    expect(delivered?.status).toBe("success");
    expect(cluster?.workerOf(String(delivered?.id))).toBeDefined();

    // The same signed delivery sent twice (a Rivya retry, a replay): one execution.
    const state = (await staticData(main(), "queueTrigger"))["node:Rivya Trigger"] as {
      signingSecret: string;
    };
    const task = await (await fetch(`${emulator.url}/api/v1/generations/${created.id}`, { headers })).json();
    const { headers: signed, body } = await signedDelivery(state.signingSecret, "msg_twice", task);
    const hook = `${main().url}/webhook/${queueTriggerWebhookId}/webhook`;
    const first = await fetch(hook, { method: "POST", headers: signed, body });
    const second = await fetch(hook, { method: "POST", headers: signed, body });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await second.json()).toMatchObject({ duplicate: true });
    await waitFor(
      async () => (await executions(main(), "queueTrigger")).filter(finished).length >= 2,
      60_000,
      "the duplicate's one execution",
    );
    await sleep(3000);
    expect(await executions(main(), "queueTrigger")).toHaveLength(2);

    // Deregistered: the endpoint is gone or revoked (deactivation completes in the background).
    await deactivate(main(), "queueTrigger");
    await waitFor(
      async () =>
        (await endpoints()).every((endpoint) => endpoint.revoked_at || endpoint.status === "revoked"),
      60_000,
      "endpoint deleted",
    );
  });

  it("stopping an execution stops its polling on the worker at once", async () => {
    emulator.control.reset();
    emulator.control.setSpeed(1);
    try {
      const before = await executionIds("queueGenerate");
      await startGeneration("A slow sunrise");
      const taskId = await taskBeingPolled();
      const id = await runningExecution("queueGenerate", before);
      await waitFor(() => cluster?.workerOf(id) !== undefined, 30_000, "the worker running it");
      await stopExecution(main(), id);
      await waitFor(
        async () =>
          (await executions(main(), "queueGenerate")).find((run) => run.id === id)?.status === "canceled",
        60_000,
        "execution canceled",
      );
      const pollsAtStop = pollsOf(taskId);
      await sleep(5000);
      expect(pollsOf(taskId)).toBe(pollsAtStop);
      expect(emulator.control.tasks()).toHaveLength(1);
    } finally {
      emulator.control.setSpeed(60);
    }
  });

  it("database binary mode (queue mode's default): 6 concurrent 60 MB results, stored whole and readable; worker memory measured", async () => {
    const before = cluster?.residentMemoryMb() ?? {};
    const peak: Record<string, number> = { ...before };
    const sampler = setInterval(() => {
      for (const [name, mb] of Object.entries(cluster?.residentMemoryMb() ?? {})) {
        peak[name] = Math.max(peak[name] ?? 0, mb);
      }
    }, 100);
    const started = Date.now();
    try {
      await Promise.all(
        Array.from({ length: 6 }, (_, index) => startGeneration(`Large ${index + 1}`, largePath)),
      );
      await waitFor(
        async () => (await executions(main(), "queueLarge")).filter(finished).length >= 6,
        300_000,
        "6 large executions",
      );
    } finally {
      clearInterval(sampler);
    }
    figures["6 × 60 MB results, first request to last finished (ms)"] = Date.now() - started;
    figures["6 × 60 MB results in database mode: resident memory before → peak (MB)"] = Object.fromEntries(
      Object.keys(before).map((name) => [name, `${before[name]} → ${peak[name]}`]),
    );
    const runs = await executions(main(), "queueLarge");
    expect(runs.map((run) => run.status)).toEqual(runs.map(() => "success"));
    const perWorker: Record<string, number> = {};
    for (const run of runs) {
      const name = cluster?.workerOf(run.id)?.name ?? "?";
      perWorker[name] = (perWorker[name] ?? 0) + 1;
    }
    figures["6 × 60 MB results per worker"] = perWorker;
    const { data } = await execution(main(), String(runs[0]?.id));
    const [item] = data.resultData.runData.Rivya?.[0]?.data?.main?.[0] ?? [];
    const bytes = await binaryData(main(), String(item?.binary?.data?.id));
    expect(bytes.length).toBe(largeResultBytes);
    expect(bytes.subarray(4, 8).toString("latin1")).toBe("ftyp");
  });

  it("a worker killed mid-wait loses no paid result: n8n's Retry reattaches (one task, one charge); a new execution generates anew", async () => {
    emulator.control.reset();
    emulator.control.setSpeed(1);
    const before = await executionIds("queueGenerate");
    await startGeneration("A lighthouse in a storm");
    const taskId = await taskBeingPolled();
    const id = await runningExecution("queueGenerate", before);
    await waitFor(() => cluster?.workerOf(id) !== undefined, 30_000, "the worker running it");
    const worker = cluster?.workerOf(id);
    await worker?.process.crash();
    figures["worker killed (SIGKILL) mid-wait"] = worker?.name;
    // Retried at once: once n8n's stalled-job check fails the execution (about 80 s after the
    // crash with n8n's default lock times), n8n replaces its data with the error alone (no input
    // items, no execution context), and a Retry of it runs no node at all.
    emulator.control.setSpeed(60);

    const retried = await timed("Retry after the crash", () => retryExecution(main(), id));
    const retry = await execution(main(), retried.id);
    expect(retry.status).toBe("success");
    const [item] = retry.data.resultData.runData.Rivya?.[0]?.data?.main?.[0] ?? [];
    expect(item?.json).toMatchObject({ status: "succeeded", taskId });
    expect(emulator.control.tasks()).toHaveLength(1);
    expect(reserves()).toHaveLength(1);
    expect(creates().map((request) => request.replayed)).toEqual([false, true]);

    // A new execution with the same input is a new generation.
    const beforeNew = await executionIds("queueGenerate");
    await startGeneration("A lighthouse in a storm");
    await waitFor(
      async () =>
        (await executions(main(), "queueGenerate")).some(
          (run) => !beforeNew.has(run.id) && run.status === "success",
        ),
      120_000,
      "the new execution succeeded",
    );
    expect(emulator.control.tasks()).toHaveLength(2);
    expect(reserves()).toHaveLength(2);
  });

  it("a worker stopped (SIGTERM) mid-wait with a shutdown grace longer than the generation finishes it first", async () => {
    emulator.control.reset();
    emulator.control.setSpeed(1);
    const before = await executionIds("queueGenerate");
    await startGeneration("A quiet harbour at dawn");
    const taskId = await taskBeingPolled();
    const id = await runningExecution("queueGenerate", before);
    await waitFor(() => cluster?.workerOf(id) !== undefined, 30_000, "the worker running it");
    const worker = cluster?.workerOf(id);
    // SIGTERM, then SIGKILL only after 120 s: n8n's own grace (300 s here) decides when it exits.
    void worker?.process.stop(120_000);
    const stopping = /Received SIGTERM|Stopping worker/;
    await waitFor(() => stopping.test(worker?.process.log() ?? ""), 30_000, "the worker stopping");
    emulator.control.setSpeed(60);
    await waitFor(
      async () =>
        (await executions(main(), "queueGenerate")).find((run) => run.id === id)?.status === "success",
      60_000,
      "the execution finished by the stopping worker",
    );
    const log = worker?.process.log() ?? "";
    expect(log.search(stopping)).toBeGreaterThan(-1);
    expect(log.search(stopping)).toBeLessThan(log.indexOf(`Worker finished execution ${id} (`));
    figures["graceful stop (SIGTERM) mid-wait"] = `${worker?.name} finished execution ${id} before exiting`;
    const finishedRun = await execution(main(), id);
    const [item] = finishedRun.data.resultData.runData.Rivya?.[0]?.data?.main?.[0] ?? [];
    expect(item?.json).toMatchObject({ status: "succeeded", taskId });
    expect(emulator.control.tasks()).toHaveLength(1);
  });
});
