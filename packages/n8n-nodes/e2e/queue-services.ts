// Redis and PostgreSQL for n8n's queue mode, each on a free 127.0.0.1 port with its data in a
// temp folder (parallel-safe, nothing left behind). initdb and postgres refuse to run as root, so
// as root they run as Debian's `postgres` user (spawned with its uid/gid: no runuser/su in between,
// so stopping the child stops the server).
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ManagedProcess } from "./child-process";
import { ensureQueueServices } from "./debian-packages";
import { freePort } from "./n8n-home";

/** Redis + PostgreSQL, running; `env` is what n8n needs to use them. */
export interface QueueServices {
  env: NodeJS.ProcessEnv;
  redis: ManagedProcess;
  postgres: ManagedProcess;
  stop(): Promise<void>;
}

/** The uid/gid of Debian's `postgres` user when running as root (postgres refuses root). */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) {
    throw new Error("running as root, but there is no `postgres` user to run PostgreSQL as");
  }
  return { uid, gid };
}

/** Starts both; `log` reports installs. */
export async function startQueueServices(log: (line: string) => void = () => {}): Promise<QueueServices> {
  const { redisServer, postgresBin } = ensureQueueServices(log);
  const folder = mkdtempSync(join(tmpdir(), "rivya-n8n-queue-"));
  chmodSync(folder, 0o755);
  const [redisPort, postgresPort] = [await freePort(), await freePort()];

  const redis = ManagedProcess.spawn(
    "redis-server",
    redisServer,
    ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder],
    { cwd: folder },
  );

  const user = postgresUser();
  const dataDir = join(folder, "pg");
  mkdirSync(dataDir, { mode: 0o700 });
  if (user) chownSync(dataDir, user.uid, user.gid);
  const asPostgres = user ? { uid: user.uid, gid: user.gid } : {};
  const init = spawnSync(
    join(postgresBin, "initdb"),
    ["-D", dataDir, "-U", "n8n", "--auth=trust", "--no-sync", "-E", "UTF8"],
    { encoding: "utf8", cwd: dataDir, env: { PATH: process.env.PATH, LANG: "C.UTF-8" }, ...asPostgres },
  );
  if (init.status !== 0) {
    await redis.stop();
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`initdb failed (exit ${init.status}):\n${init.stdout}${init.stderr}`);
  }
  const postgres = ManagedProcess.spawn(
    "postgres",
    join(postgresBin, "postgres"),
    [
      "-D",
      dataDir,
      "-p",
      String(postgresPort),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      `unix_socket_directories=${dataDir}`,
      // A throw-away database: durability costs time and buys nothing here.
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
    ],
    { cwd: dataDir, env: { PATH: process.env.PATH, LANG: "C.UTF-8" }, ...asPostgres },
  );

  const stop = async (): Promise<void> => {
    await Promise.all([redis.stop(), postgres.stop()]);
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await redis.waitForOutput(/Ready to accept connections/, 30_000);
    await postgres.waitForOutput(/database system is ready to accept connections/, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    redis,
    postgres,
    stop,
    env: {
      DB_TYPE: "postgresdb",
      DB_POSTGRESDB_HOST: "127.0.0.1",
      DB_POSTGRESDB_PORT: String(postgresPort),
      DB_POSTGRESDB_USER: "n8n",
      DB_POSTGRESDB_PASSWORD: "",
      DB_POSTGRESDB_DATABASE: "postgres",
      QUEUE_BULL_REDIS_HOST: "127.0.0.1",
      QUEUE_BULL_REDIS_PORT: String(redisPort),
    },
  };
}
