import type { Task } from "@rivya-kit/core";

/** The lines `status` and `wait` print for a task. */
export function taskLines(task: Task): string[] {
  const lines = [
    `Task ${task.id}: ${task.status}`,
    `  model:   ${task.model}`,
    `  credits: ${task.reserved_credits} reserved, ${task.final_credits} charged`,
    `  created: ${task.created_at}`,
  ];
  if (task.status === "failed" && task.error)
    lines.push(`  error:   ${task.error.code}: ${task.error.message}`);
  for (const url of task.result?.urls?.length
    ? task.result.urls
    : task.result?.primary_url
      ? [task.result.primary_url]
      : []) {
    lines.push(`  result:  ${url}`);
  }
  return lines;
}
