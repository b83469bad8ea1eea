import type { Command } from "commander";
import { connectionOf } from "../config/connection-of.js";
import { createClient } from "../config/create-client.js";
import { taskLines } from "../generation/describe-task.js";
import { createReporter } from "../output/reporter.js";

const examples = `
Examples:
  $ rivya status tsk_8f2k3m
  $ rivya status tsk_8f2k3m --json | jq -r .status`;

/** `rivya status <task-id>`: one look at a task, no waiting. */
export function registerStatusCommand(program: Command): void {
  program
    .command("status")
    .description("Show a task's status, credits and result URLs")
    .argument("<task-id>", "the task id printed by generate")
    .option("--json", "print the task as JSON")
    .addHelpText("after", examples)
    .action(async (taskId: string, flags: { json?: boolean }, self: Command) => {
      const reporter = createReporter(flags.json);
      const task = await createClient(connectionOf(self)).generations.get(taskId);
      reporter.result(taskLines(task), task);
    });
}
