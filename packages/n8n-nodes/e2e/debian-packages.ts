// Debian packages the queue-mode test needs (redis-server, postgresql), installed with apt-get
// when missing, the way CI gets them on a fresh machine. Never skipped: when they cannot be
// installed the error says what to install by hand.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

/** The redis-server binary, if installed. */
export function findRedisServer(): string | undefined {
  return ["/usr/bin/redis-server", "/usr/local/bin/redis-server"].find((path) => existsSync(path));
}

/** The bin folder of the newest installed PostgreSQL (Debian keeps initdb/postgres out of PATH). */
export function findPostgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => existsSync(`${root}/${name}/bin/initdb`))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? `${root}/${versions[0]}/bin` : undefined;
}

/**
 * Installs `redis-server` and `postgresql` with apt-get when either is missing. apt waits for a
 * lock another install holds (up to 10 minutes) instead of failing.
 */
export function ensureQueueServices(log: (line: string) => void = () => {}): {
  redisServer: string;
  postgresBin: string;
} {
  let redisServer = findRedisServer();
  let postgresBin = findPostgresBin();
  if (!redisServer || !postgresBin) {
    const hint = "install them with: apt-get install -y redis-server postgresql";
    if (process.getuid?.() !== 0) {
      throw new Error(`the queue-mode test needs Debian's redis-server and postgresql; as root, ${hint}`);
    }
    log("installing redis-server and postgresql with apt-get (about a minute)…");
    const args = ["-o", "DPkg::Lock::Timeout=600", "install", "-y", "--no-install-recommends"];
    let result = spawnSync("apt-get", [...args, "redis-server", "postgresql"], {
      encoding: "utf8",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (result.status !== 0) {
      // A fresh machine may not have package lists yet.
      spawnSync("apt-get", ["-o", "DPkg::Lock::Timeout=600", "update"], { encoding: "utf8" });
      result = spawnSync("apt-get", [...args, "redis-server", "postgresql"], {
        encoding: "utf8",
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      });
    }
    redisServer = findRedisServer();
    postgresBin = findPostgresBin();
    if (result.status !== 0 || !redisServer || !postgresBin) {
      throw new Error(
        `apt-get could not install redis-server and postgresql (exit ${result.status}); ${hint}\n` +
          `${result.stdout ?? ""}${result.stderr ?? ""}`.slice(-3000),
      );
    }
  }
  return { redisServer, postgresBin };
}
