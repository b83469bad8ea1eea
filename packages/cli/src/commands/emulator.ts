import { startEmulator } from "@rivya-kit/emulator";
import type { Command } from "commander";
import { parseNonNegativeNumber } from "../parsing/parse-number.js";

const examples = `
Examples:
  $ rivya emulator                       # http://127.0.0.1:4010, demo key rvya_sk_emulator_demo_key
  $ rivya emulator --port 0 --speed 20   # a random port, a 93 s video job in about 5 s
  # in another terminal:
  $ RIVYA_BASE_URL=http://127.0.0.1:4010 RIVYA_API_KEY=rvya_sk_emulator_demo_key rivya generate -m kling-3-0 -p "A fox"`;

/** `rivya emulator`: the local Rivya API server, until Ctrl-C. */
export function registerEmulatorCommand(program: Command): void {
  program
    .command("emulator")
    .description("Run a local Rivya API emulator (no credits spent) until Ctrl-C")
    .option("--port <port>", "TCP port on 127.0.0.1 (0 = random)", "4010")
    .option("--speed <factor>", "virtual-time factor, e.g. 10 makes a 90 s job take 9 s", "1")
    .option("--credits <n>", "balance of the demo account", "10000")
    .addHelpText("after", examples)
    .action(async (flags: { port: string; speed: string; credits: string }) => {
      const emulator = await startEmulator({
        port: parseNonNegativeNumber(flags.port, "--port"),
        speed: parseNonNegativeNumber(flags.speed, "--speed") || 1,
        credits: parseNonNegativeNumber(flags.credits, "--credits"),
      });
      process.stdout.write(
        [
          `Rivya emulator listening on ${emulator.url}`,
          `  RIVYA_BASE_URL=${emulator.url}`,
          `  RIVYA_API_KEY=${emulator.apiKey}   (the emulator's public demo key)`,
          `  control API: ${emulator.url}/__emulator/`,
          "Press Ctrl-C to stop.",
          "",
        ].join("\n"),
      );
      await new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
      await emulator.close();
    });
}
