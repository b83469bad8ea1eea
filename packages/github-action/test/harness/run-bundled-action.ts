import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { actionDefaults, packageDirectory, readActionManifest } from "./action-defaults.js";
import { readFileCommands } from "./file-commands.js";

/** What one run of a bundled entry left behind, parsed. */
export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  environment: Record<string, string>;
  summary: string;
  /** The directories of the run, to reuse for the next step of the same job (e.g. `post:`). */
  job: JobDirectories;
}

export interface JobDirectories {
  workspace: string;
  runnerTemp: string;
  summaryFile: string;
}

export interface RunOptions {
  /** Inputs as a workflow's `with:` gives them; omitted ones get action.yml's defaults. */
  inputs?: Record<string, string>;
  /** Extra variables (e.g. `GITHUB_RUN_ID`, `GITHUB_RUN_ATTEMPT`); override the harness defaults. */
  environment?: Record<string, string>;
  /** Reuse a job's workspace and temp dir (a re-run of the job, or the post step). */
  job?: JobDirectories;
  /** Files to create in the workspace before the run: relative path → contents. */
  files?: Record<string, string | Uint8Array>;
  /** Called once stdout contains this text; e.g. to send SIGTERM mid-wait. */
  onOutput?: { contains: string; act: (child: ChildProcess) => void };
  /** Kill the process if it has not ended after this long. */
  killAfterMs?: number;
}

/** Creates the directories of a fresh job: workspace, RUNNER_TEMP and the step summary file. */
export function createJob(): JobDirectories {
  const root = mkdtempSync(path.join(tmpdir(), "rivya-action-"));
  const job = {
    workspace: path.join(root, "workspace"),
    runnerTemp: path.join(root, "runner-temp"),
    summaryFile: path.join(root, "step-summary.md"),
  };
  mkdirSync(job.workspace);
  mkdirSync(job.runnerTemp);
  writeFileSync(job.summaryFile, "");
  return job;
}

/** Runs `dist/index.js` (the main entry) with plain node, as the runner does. */
export function runMain(options: RunOptions = {}): Promise<ActionRun> {
  return runEntry(readActionManifest().runs.main, options);
}

/** Runs `dist/post.js` with the `STATE_*` variables the main step saved. */
export function runPost(main: ActionRun, options: RunOptions = {}): Promise<ActionRun> {
  const post = readActionManifest().runs.post;
  if (post === undefined) throw new Error("action.yml has no post entry");
  const stateVariables = Object.fromEntries(
    Object.entries(main.state).map(([name, value]) => [`STATE_${name}`, value]),
  );
  return runEntry(post, {
    ...options,
    job: main.job,
    environment: { ...stateVariables, ...options.environment },
  });
}

async function runEntry(entry: string, options: RunOptions): Promise<ActionRun> {
  const step = prepareStep(options);
  const { job, environment } = step;
  const child = spawn(process.execPath, [path.join(packageDirectory, entry)], {
    cwd: job.workspace,
    env: environment,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  let triggered = false;
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    if (options.onOutput && !triggered && stdout.includes(options.onOutput.contains)) {
      triggered = true;
      options.onOutput.act(child);
    }
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const killer = setTimeout(() => child.kill("SIGKILL"), options.killAfterMs ?? 20_000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on("close", (code, closeSignal) => resolve([code, closeSignal])),
  );
  clearTimeout(killer);
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    ...readStepResults(step),
  };
}

/** A step's environment and files, ready to run (in a child process or in-process). */
export interface PreparedStep {
  job: JobDirectories;
  commandFiles: { GITHUB_OUTPUT: string; GITHUB_STATE: string; GITHUB_ENV: string; GITHUB_PATH: string };
  environment: Record<string, string>;
}

/**
 * Creates what the runner gives a step: the workspace files, fresh file-command files, and the
 * environment with `INPUT_*` (action.yml defaults filled in) and the `GITHUB_*` variables.
 */
export function prepareStep(options: RunOptions = {}): PreparedStep {
  const job = options.job ?? createJob();
  for (const [file, contents] of Object.entries(options.files ?? {})) {
    const target = path.join(job.workspace, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, contents);
  }
  // Fresh command files per step, as the runner gives each step its own.
  const commandDirectory = mkdtempSync(path.join(job.runnerTemp, "_runner_file_commands-"));
  const commandFiles = {
    GITHUB_OUTPUT: path.join(commandDirectory, "set_output"),
    GITHUB_STATE: path.join(commandDirectory, "save_state"),
    GITHUB_ENV: path.join(commandDirectory, "set_env"),
    GITHUB_PATH: path.join(commandDirectory, "add_path"),
  };
  for (const file of Object.values(commandFiles)) writeFileSync(file, "");

  const inputs = { ...actionDefaults(), ...options.inputs };
  const inputVariables = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, "_").toUpperCase()}`, value]),
  );
  const environment: Record<string, string> = {
    ...inheritedEnvironment(),
    ...inputVariables,
    ...commandFiles,
    GITHUB_STEP_SUMMARY: job.summaryFile,
    GITHUB_WORKSPACE: job.workspace,
    RUNNER_TEMP: job.runnerTemp,
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_REPOSITORY: "acme/launch-videos",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "1001",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_JOB: "videos",
    GITHUB_ACTION: "generate",
    ...options.environment,
  };
  return { job, commandFiles, environment };
}

/** Parses what a step left in its files. */
export function readStepResults(
  step: PreparedStep,
): Pick<ActionRun, "outputs" | "state" | "environment" | "summary" | "job"> {
  return {
    outputs: readFileCommands(step.commandFiles.GITHUB_OUTPUT),
    state: readFileCommands(step.commandFiles.GITHUB_STATE),
    environment: readFileCommands(step.commandFiles.GITHUB_ENV),
    summary: readFileSync(step.job.summaryFile, "utf8"),
    job: step.job,
  };
}

/** The parent's environment without anything a runner would set: a test must not write into a real job. */
function inheritedEnvironment(): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || /^(GITHUB_|INPUT_|STATE_|RUNNER_|ACTIONS_)/.test(name) || name === "CI")
      continue;
    kept[name] = value;
  }
  return kept;
}
