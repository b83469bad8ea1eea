import { type ChildProcess, spawn } from "node:child_process";

/** An emulator process started from an installed tarball's bin. */
export interface InstalledEmulator {
  url: string;
  apiKey: string;
  close(): Promise<void>;
}

/**
 * Starts `command args` (the installed `rivya-emulator` bin, or `node <bin.js>` with another
 * Node) on a random port at high speed, and resolves once it prints its URL and demo key.
 */
export function startInstalledEmulator(
  command: string,
  args: readonly string[],
  cwd: string,
): Promise<InstalledEmulator> {
  const child: ChildProcess = spawn(command, [...args, "--port", "0", "--speed", "200", "--no-rate-limit"], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error("no URL within 60 s")), 60_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`the installed emulator did not start (${error.message}):\n${output}`));
    };
    child.on("error", fail);
    child.on("exit", (code) => fail(new Error(`exit ${code}`)));
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      const apiKey = /demo API key: (\S+)/.exec(output)?.[1];
      if (!url || !apiKey) return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      resolve({
        url,
        apiKey,
        close: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
  });
}
