// n8n in queue mode, its scale-out setup: one main (`n8n start`: editor, REST API, webhooks, the
// trigger's registration) and workers (`n8n worker`: run the executions), sharing PostgreSQL and
// Redis. Every process has its own user folder with this package installed in it, as each
// machine of a real deployment would.
import { readFileSync } from "node:fs";
import { ManagedProcess } from "./child-process";
import { freePort, N8nHome } from "./n8n-home";
import { n8nBin } from "./n8n-runtime";
import { N8nServer } from "./n8n-server";
import type { QueueServices } from "./queue-services";

/** Environment every process of the cluster shares. */
function queueEnv(services: QueueServices): NodeJS.ProcessEnv {
  return {
    ...services.env,
    EXECUTIONS_MODE: "queue",
    // n8n's own defaults for queue mode, spelled out: binaries in the database (shared by all).
    N8N_DEFAULT_BINARY_DATA_MODE: "database",
    // How soon n8n notices a dead worker: its job's lock lapses (default 60 s), the next stalled
    // check (default every 30 s) fails the job and the execution turns to `error`. Shortened so
    // the crashed execution does not linger as "running" for the rest of the run; renewals stay
    // well inside the lock.
    QUEUE_WORKER_LOCK_DURATION: "20000",
    QUEUE_WORKER_LOCK_RENEW_TIME: "2000",
    QUEUE_WORKER_STALLED_INTERVAL: "5000",
    // Longer than a generation (the README's advice): a stopped worker finishes its waits first.
    N8N_GRACEFUL_SHUTDOWN_TIMEOUT: "300",
    N8N_LOG_LEVEL: "info",
  };
}

/** A worker process. */
export interface N8nWorker {
  name: string;
  home: N8nHome;
  process: ManagedProcess;
}

/** Main + workers, started and stopped together. */
export class N8nQueueCluster {
  private constructor(
    readonly main: N8nServer,
    readonly mainHome: N8nHome,
    readonly workers: N8nWorker[],
  ) {}

  /**
   * Creates the main's home and runs `migrate` (a first CLI command: it creates n8n's tables),
   * then starts main and workers while `alongside` runs (more imports: PostgreSQL, unlike SQLite,
   * lets the CLI and the servers share the database, and the workflows are activated later).
   */
  static async start(
    services: QueueServices,
    workerCount: number,
    setup: { migrate: (mainHome: N8nHome) => Promise<void>; alongside: (mainHome: N8nHome) => Promise<void> },
  ): Promise<N8nQueueCluster> {
    const env = queueEnv(services);
    const mainHome = await N8nHome.create();
    Object.assign(mainHome.env, env);
    await setup.migrate(mainHome);
    const workerHomes = await Promise.all(
      Array.from({ length: workerCount }, async () => {
        const home = await N8nHome.create();
        Object.assign(home.env, env);
        return home;
      }),
    );
    const workers: N8nWorker[] = [];
    try {
      for (const [index, home] of workerHomes.entries()) {
        workers.push({
          name: `worker-${index + 1}`,
          home,
          process: await N8nQueueCluster.spawnWorker(`worker-${index + 1}`, home),
        });
      }
      const [main] = await Promise.all([
        N8nServer.start(mainHome),
        setup.alongside(mainHome),
        ...workers.map((worker) => worker.process.waitForOutput(/n8n worker is now ready/, 300_000)),
      ]);
      return new N8nQueueCluster(main, mainHome, workers);
    } catch (error) {
      await Promise.all(workers.map((worker) => worker.process.stop()));
      throw error;
    }
  }

  private static async spawnWorker(name: string, home: N8nHome): Promise<ManagedProcess> {
    return ManagedProcess.spawn(name, process.execPath, [n8nBin, "worker", "--concurrency=10"], {
      env: {
        ...home.env,
        // Each worker runs its own task broker and health server: their own ports.
        N8N_RUNNERS_BROKER_PORT: String(await freePort()),
        QUEUE_HEALTH_CHECK_PORT: String(await freePort()),
      },
    });
  }

  /** The worker whose log says it started `executionId`, if any. */
  workerOf(executionId: string): N8nWorker | undefined {
    const line = new RegExp(`Worker started execution ${executionId} \\(`);
    return this.workers.find((worker) => line.test(worker.process.log()));
  }

  /** Resident memory of each process (main first), in MB, from /proc. */
  residentMemoryMb(): Record<string, number> {
    const rss = (pid: number | undefined): number => {
      if (!pid) return 0;
      try {
        const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
        return Math.round(Number(kb ?? 0) / 1024);
      } catch {
        return 0;
      }
    };
    const result: Record<string, number> = { main: rss(this.main.pid) };
    for (const worker of this.workers) result[worker.name] = rss(worker.process.pid);
    return result;
  }

  /** Everything the processes printed (for failure messages). */
  output(): string {
    return [
      `--- main ---\n${this.main.output().slice(-3000)}`,
      ...this.workers.map((worker) => `--- ${worker.name} ---\n${worker.process.tail(3000)}`),
    ].join("\n");
  }

  async stop(): Promise<void> {
    await Promise.all([this.main.stop(), ...this.workers.map((worker) => worker.process.stop())]);
    for (const home of [this.mainHome, ...this.workers.map((worker) => worker.home)]) home.remove();
  }
}
