// A throw-away n8n user folder with this package installed the way n8n installs community
// packages: package.json and a fresh build of dist/ under .n8n/nodes/node_modules/n8n-nodes-rivya.
// A copy, not a symlink: through a symlink Node would resolve `zod/v4` and `n8n-workflow` from
// this repository's node_modules instead of n8n's, and the test would prove nothing about them.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { n8nBin } from "./n8n-runtime";

const packageRoot = fileURLToPath(new URL("../", import.meta.url));

/** The result of one n8n command. */
export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** One isolated n8n: its own user folder, database, encryption key and task-broker port. */
export class N8nHome {
  readonly folder: string;
  readonly env: NodeJS.ProcessEnv;

  private constructor(folder: string, brokerPort: number) {
    this.folder = folder;
    this.env = {
      PATH: process.env.PATH,
      HOME: folder,
      N8N_USER_FOLDER: folder,
      DB_TYPE: "sqlite",
      N8N_ENCRYPTION_KEY: "rivya-e2e-encryption-key-0123456789",
      N8N_DIAGNOSTICS_ENABLED: "false",
      N8N_VERSION_NOTIFICATIONS_ENABLED: "false",
      N8N_PERSONALIZATION_ENABLED: "false",
      N8N_TEMPLATES_ENABLED: "false",
      N8N_RUNNERS_BROKER_PORT: String(brokerPort),
      N8N_SECURE_COOKIE: "false",
      // Under NODE_ENV=test n8n does not print the run's JSON.
      NODE_ENV: "production",
    };
  }

  /** Creates the folder and installs the package, built from the current source, into it. */
  static async create(): Promise<N8nHome> {
    const folder = mkdtempSync(join(tmpdir(), "rivya-n8n-e2e-"));
    const target = join(folder, ".n8n", "nodes", "node_modules", "n8n-nodes-rivya");
    mkdirSync(target, { recursive: true });
    cpSync(join(packageRoot, "package.json"), join(target, "package.json"));
    const build = spawnSync(process.execPath, ["scripts/build.mjs", "--outdir", join(target, "dist")], {
      cwd: packageRoot,
      encoding: "utf8",
    });
    if (build.status !== 0) throw new Error(`building the package failed:\n${build.stdout}${build.stderr}`);
    return new N8nHome(folder, await freePort());
  }

  /** Runs `n8n <args>` with this home's environment. */
  run(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [n8nBin, ...args], {
        env: { ...this.env, ...extraEnv },
        stdio: ["ignore", "pipe", "pipe"],
      });
      // A run still going when the test process ends (a timed-out test) must not outlive it.
      const killOnExit = (): void => {
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      };
      process.once("exit", killOnExit);
      child.once("exit", () => process.removeListener("exit", killOnExit));
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stdout, stderr, durationMs: Date.now() - started }));
    });
  }

  /** Imports credentials (plain data; n8n encrypts it on import). */
  async importCredentials(credentials: unknown[]): Promise<CommandResult> {
    return this.importJson("import:credentials", "credentials.json", credentials);
  }

  /** Imports one workflow (its JSON carries the `id` used by `execute`). */
  async importWorkflow(workflow: { id: string }): Promise<CommandResult> {
    return this.importJson("import:workflow", `workflow-${workflow.id}.json`, workflow);
  }

  /** Runs an imported workflow; parses the run JSON n8n prints after its log lines. */
  async execute(workflowId: string): Promise<CommandResult & { run: unknown }> {
    const result = await this.run(["execute", `--id=${workflowId}`, "--rawOutput"]);
    return { ...result, run: parseRun(result.stdout) };
  }

  remove(): void {
    rmSync(this.folder, { recursive: true, force: true });
  }

  private async importJson(command: string, fileName: string, data: unknown): Promise<CommandResult> {
    const file = join(this.folder, fileName);
    writeFileSync(file, JSON.stringify(data));
    const result = await this.run([command, `--input=${file}`]);
    if (result.code !== 0)
      throw new Error(`n8n ${command} failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
    return result;
  }
}

/**
 * The JSON n8n prints for `execute --rawOutput`, found among its log lines: the first block that
 * starts with a line beginning with `{` and parses, up to the last line that ends it.
 */
export function parseRun(stdout: string): unknown {
  const lines = stdout.split("\n");
  const ends = lines.flatMap((line, index) => (line.startsWith("}") ? [index] : [])).reverse();
  for (let start = 0; start < lines.length; start++) {
    if (!lines[start]?.startsWith("{")) continue;
    for (const end of ends) {
      if (end < start) break;
      try {
        return JSON.parse(lines.slice(start, end + 1).join("\n"));
      } catch {
        // Not this block: a log line that happens to start with a brace; try the next one.
      }
    }
  }
  return undefined;
}
