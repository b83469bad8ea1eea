import { isTerminalStatus, type Task } from "@rivya-kit/core";
import type { IDataObject } from "n8n-workflow";

/** The output JSON of a task: flat, camelCase fields for expressions, and the raw task. */
export function taskOutput(task: Task): IDataObject {
  return {
    taskId: task.id,
    status: task.status,
    model: task.model,
    primaryUrl: task.result?.primary_url ?? null,
    urls: task.result?.urls ?? [],
    // Charged once finished (refunded to 0 on failure); reserved while running.
    credits: isTerminalStatus(task.status) ? task.final_credits : task.reserved_credits,
    reservedCredits: task.reserved_credits,
    finalCredits: task.final_credits,
    error: task.error ? { code: task.error.code, message: task.error.message } : null,
    createdAt: task.created_at,
    updatedAt: task.updated_at,
  };
}
