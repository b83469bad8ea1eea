// `n8n start` on a free 127.0.0.1 port, with an owner account, for what only the server does
// (the credentials test behind the editor's "Test" button runs in POST /rest/credentials/test).
import { type ChildProcess, spawn } from "node:child_process";
import { freePort, type N8nHome } from "./n8n-home";
import { n8nBin } from "./n8n-runtime";

/** The owner account `start` sets up (the editor test signs in with it). */
export const owner = {
  email: "e2e@example.com",
  firstName: "End",
  lastName: "ToEnd",
  password: "E2e-password-1",
};

/** A running n8n server, logged in as its owner. */
export class N8nServer {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    private cookie = "",
    private readonly log: string[] = [],
  ) {}

  static async start(home: N8nHome, readyWithinMs = 300_000): Promise<N8nServer> {
    const port = await freePort();
    const child = spawn(process.execPath, [n8nBin, "start"], {
      env: {
        ...home.env,
        N8N_PORT: String(port),
        N8N_LISTEN_ADDRESS: "127.0.0.1",
        N8N_HOST: "127.0.0.1",
        // The address webhook triggers register (with the emulator, which allows loopback URLs).
        WEBHOOK_URL: `http://127.0.0.1:${port}/`,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    // If the test process ends before stop() ran (a crash, a timed-out worker), take the server
    // down with it: an orphaned n8n keeps 2 GB and a core busy long after the run.
    const killOnExit = (): void => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    };
    process.once("exit", killOnExit);
    child.once("exit", () => process.removeListener("exit", killOnExit));
    const server = new N8nServer(child, `http://127.0.0.1:${port}`);
    const keep = (chunk: Buffer): void => {
      server.log.push(chunk.toString());
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    const deadline = Date.now() + readyWithinMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new Error(`n8n start exited (${child.exitCode}):\n${server.log.join("")}`);
      const ready = await fetch(`${server.url}/healthz/readiness`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) {
        await server.setupOwner();
        return server;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await server.stop();
    throw new Error(`n8n start was not ready within ${readyWithinMs} ms:\n${server.log.join("")}`);
  }

  /** POST /rest/credentials/test, as the editor's "Test" button does. */
  async testCredentials(credentials: {
    id: string;
    name: string;
    type: string;
    data: Record<string, unknown>;
  }) {
    const response = await this.request("POST", "/rest/credentials/test", { credentials });
    return (response as { data: { status: "OK" | "Error"; message: string } }).data;
  }

  /** The owner's session cookie (for requests that are not JSON, e.g. binary data). */
  get cookieHeader(): string {
    return this.cookie;
  }

  /** The server's process id (for memory figures). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** What the server printed so far (for failure messages). */
  output(): string {
    return this.log.join("");
  }

  /**
   * Asks n8n to shut down and waits for it; n8n's graceful shutdown can hang on open work, so
   * after `graceMs` it is killed outright. Never leaves a server running behind the tests.
   */
  async stop(graceMs = 10_000): Promise<void> {
    const child = this.child;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer);
  }

  private async setupOwner(): Promise<void> {
    await this.request("POST", "/rest/owner/setup", owner);
  }

  /** A call to n8n's REST API as the logged-in owner; rejects on a non-2xx answer. */
  async request(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: { "content-type": "application/json", "browser-id": "rivya-e2e", cookie: this.cookie },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0] ?? "";
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return JSON.parse(text);
  }
}
