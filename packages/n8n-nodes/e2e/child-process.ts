// A long-running child process for the end-to-end tests: its output kept for failure messages,
// killed with the test process (an orphaned server keeps memory and a core long after a run),
// stopped with SIGTERM and then SIGKILL.
import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";

/** A spawned server process. */
export class ManagedProcess {
  private readonly output: string[] = [];
  private readonly listeners: ((chunk: string) => void)[] = [];

  constructor(
    readonly name: string,
    readonly child: ChildProcess,
  ) {
    const killOnExit = (): void => {
      if (this.running) child.kill("SIGKILL");
    };
    process.once("exit", killOnExit);
    child.once("exit", () => process.removeListener("exit", killOnExit));
    const keep = (chunk: Buffer): void => {
      const text = chunk.toString();
      this.output.push(text);
      for (const listener of this.listeners) listener(text);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
  }

  static spawn(name: string, command: string, args: string[], options: SpawnOptions): ManagedProcess {
    return new ManagedProcess(name, spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] }));
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Everything printed so far. */
  log(): string {
    return this.output.join("");
  }

  /** Resolves when the output matches `pattern`; rejects when the process exits first or time runs out. */
  async waitForOutput(pattern: RegExp, withinMs: number): Promise<void> {
    if (pattern.test(this.log())) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        finish();
        reject(
          new Error(`${this.name}: no output matching ${pattern} within ${withinMs} ms:\n${this.tail()}`),
        );
      }, withinMs);
      const onExit = (): void => {
        finish();
        reject(
          new Error(`${this.name} exited (${this.child.exitCode ?? this.child.signalCode}):\n${this.tail()}`),
        );
      };
      const listener = (): void => {
        if (pattern.test(this.log())) {
          finish();
          resolve();
        }
      };
      const finish = (): void => {
        clearTimeout(timer);
        this.child.removeListener("exit", onExit);
        this.listeners.splice(this.listeners.indexOf(listener), 1);
      };
      this.listeners.push(listener);
      this.child.once("exit", onExit);
    });
  }

  /** The last part of the output (for error messages). */
  tail(chars = 4000): string {
    return this.log().slice(-chars);
  }

  /** Kills it at once (a crash), and waits for it to be gone. */
  async crash(): Promise<void> {
    if (!this.running) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    this.child.kill("SIGKILL");
    await exited;
  }

  /** SIGTERM, then SIGKILL after `graceMs`; waits for the exit. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.running) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    this.child.kill("SIGTERM");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer);
  }
}
