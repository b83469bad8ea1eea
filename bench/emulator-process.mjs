// Starts the built `rivya-emulator` in its own process (as users run it), so a bench's load does not
// share the server's event loop. Resolves with the child process and the URL it listens on.
import { spawn } from "node:child_process";

const bin = new URL("../packages/emulator/bin/rivya-emulator.js", import.meta.url);

/** `args`: extra CLI flags, e.g. `["--speed", "1"]`. */
export async function startEmulatorProcess(args) {
  const server = spawn(process.execPath, [bin.pathname, "--port", "0", "--no-rate-limit", ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise((resolve, reject) => {
    let output = "";
    server.stdout.on("data", (chunk) => {
      output += chunk;
      const match = output.match(/listening on (http:\/\/\S+)/);
      if (match) resolve(match[1]);
    });
    server.once("exit", (code) => reject(new Error(`emulator exited (${code}); build it first`)));
  });
  return { server, url };
}
