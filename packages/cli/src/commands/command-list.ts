// Every `rivya` command, loaded only when it runs. `rivya --help` and `--version` load none of
// them (no core, zod, emulator or progress libraries: ~40 ms instead of ~300 ms); `rivya models`
// loads only models.ts and what it imports.
//
// Adding a command: write `commands/<name>.ts` exporting `register<Name>Command(program)` (as
// before: options, help text, action), then add one line below. Keep `summary` in step with the
// command's `.description()` (the top-level help shows `summary` without loading the module).
import type { Command } from "commander";

/** A command the program lists at once and loads on demand. */
export interface LazyCommand {
  /** What users type: `rivya <name>`. */
  readonly name: string;
  /** The one line `rivya --help` shows for it. */
  readonly summary: string;
  /** Imports the command's module and registers the full command (options, help, action). */
  readonly register: (program: Command) => Promise<void>;
}

export const commandList: readonly LazyCommand[] = [
  {
    name: "generate",
    summary: "Generate a video (or image, audio): validate, estimate, upload, create, wait, download",
    register: async (program) => (await import("./generate.js")).registerGenerateCommand(program),
  },
  {
    name: "plan",
    summary: "Show what apply would generate and what it would cost",
    register: async (program) => (await import("./plan.js")).registerPlanCommand(program),
  },
  {
    name: "apply",
    summary: "Generate the manifest's new and changed videos",
    register: async (program) => (await import("./apply.js")).registerApplyCommand(program),
  },
  {
    name: "estimate",
    summary: "Validate a request and estimate its credits",
    register: async (program) => (await import("./estimate.js")).registerEstimateCommand(program),
  },
  {
    name: "status",
    summary: "Show a task's status, credits and result URLs",
    register: async (program) => (await import("./status.js")).registerStatusCommand(program),
  },
  {
    name: "wait",
    summary: "Wait for a task to finish (resumes --no-wait or a timed-out generate), optionally download it",
    register: async (program) => (await import("./wait.js")).registerWaitCommand(program),
  },
  {
    name: "models",
    summary: "List the models (id, name, category, credits)",
    register: async (program) => (await import("./models.js")).registerModelsCommand(program),
  },
  {
    name: "model",
    summary: "Show one model: params, defaults, options, reference rules, credits",
    register: async (program) => (await import("./model.js")).registerModelCommand(program),
  },
  {
    name: "credits",
    summary: "Show the account's credit balance",
    register: async (program) => (await import("./credits.js")).registerCreditsCommand(program),
  },
  {
    name: "upload",
    summary: "Upload a reference file (type sniffed from the content, limits checked first)",
    register: async (program) => (await import("./upload.js")).registerUploadCommand(program),
  },
  {
    name: "webhooks",
    summary: "Manage webhook endpoints and verify saved deliveries",
    register: async (program) => (await import("./webhooks.js")).registerWebhooksCommand(program),
  },
  {
    name: "demo",
    summary: "Run the main job without a key: two videos from a local Rivya emulator, saved under out/",
    register: async (program) => (await import("./demo.js")).registerDemoCommand(program),
  },
  {
    name: "emulator",
    summary: "Run a local Rivya API emulator (no credits spent) until Ctrl-C",
    register: async (program) => (await import("./emulator.js")).registerEmulatorCommand(program),
  },
];
