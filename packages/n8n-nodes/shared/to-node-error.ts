import { RivyaConnectionError, RivyaError, RivyaValidationError } from "@rivya-kit/core";
import { type INode, type JsonObject, NodeApiError, NodeOperationError } from "n8n-workflow";

/** What an error says about the failed item, for continue-on-fail output and error details. */
export interface ErrorSummary {
  message: string;
  code: string | undefined;
  taskId: string | undefined;
  status: number | undefined;
  requestId: string | undefined;
  /** The create's key: setting it as the Idempotency Key option reattaches without paying twice. */
  idempotencyKey: string | undefined;
  /** A create's answer was lost: a task may exist (and be charged) although its ID is unknown. */
  taskMayExist: boolean;
}

/** The facts of an error, read from rivya-kit's typed errors (plain errors have a message only). */
export function summarizeError(error: unknown): ErrorSummary {
  if (RivyaError.isInstance(error)) {
    return {
      message: error.message,
      code: error.code,
      taskId: error.taskId,
      status: error.status,
      requestId: error.requestId,
      idempotencyKey: error.idempotencyKey,
      taskMayExist: error.taskMayExist && error.taskId === undefined,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    message,
    code: undefined,
    taskId: undefined,
    status: undefined,
    requestId: undefined,
    idempotencyKey: undefined,
    taskMayExist: false,
  };
}

/**
 * The n8n error for a failed item: `NodeApiError` when Rivya answered with an error,
 * `NodeOperationError` otherwise (local validation, timeout, cancelled, failed generation). The
 * task ID is in the message whenever a task exists, so a paid job is never orphaned.
 */
export function toNodeError(
  node: INode,
  error: unknown,
  itemIndex: number,
): NodeApiError | NodeOperationError {
  if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
  const summary = summarizeError(error);
  // A connection that broke after the create was sent did reach Rivya: say how to reattach instead.
  const reached =
    RivyaConnectionError.isInstance(error) && !summary.taskMayExist
      ? `${summary.message}. Rivya could not be reached: check the Base URL of the Rivya credentials and that the host is reachable from n8n`
      : summary.message;
  const message = summary.taskId ? `${reached} (task ${summary.taskId})` : reached;
  const description = describe(error, summary);
  if (summary.status !== undefined) {
    const response: JsonObject = {
      message: summary.message,
      ...(summary.code ? { code: summary.code } : {}),
      ...(summary.requestId ? { requestId: summary.requestId } : {}),
      ...(summary.taskId ? { taskId: summary.taskId } : {}),
      ...(summary.idempotencyKey ? { idempotencyKey: summary.idempotencyKey } : {}),
      ...(summary.taskMayExist ? { taskMayExist: true } : {}),
    };
    return new NodeApiError(node, response, {
      message,
      description,
      httpCode: String(summary.status),
      itemIndex,
    });
  }
  return new NodeOperationError(node, message, { description, itemIndex });
}

const unreachableHint =
  "No HTTP answer came back. Check the Base URL of the Rivya credentials (https://rivya.ai, or an emulator's address such as http://127.0.0.1:4010), that the host is running, and that n8n can reach it (DNS, proxy, firewall).";

function describe(error: unknown, summary: ErrorSummary): string {
  const lines: string[] = [];
  if (RivyaValidationError.isInstance(error) && error.issues.length > 1) {
    lines.push(...error.issues.map((issue) => `- ${issue.message}`));
  }
  if (RivyaConnectionError.isInstance(error) && !summary.taskMayExist) lines.push(unreachableHint);
  if (summary.taskMayExist && summary.idempotencyKey) {
    lines.push(
      `The create was sent but its answer was lost: a task may exist and be charged. To get it without paying twice, retry this execution, or set Options → Idempotency Key to ${summary.idempotencyKey}.`,
    );
  }
  if (summary.code) lines.push(`Error code: ${summary.code}`);
  if (summary.taskId) {
    lines.push(
      `Task ID: ${summary.taskId} (use Generation → Get or Wait to pick it up; it is not charged twice)`,
    );
  }
  if (summary.requestId) lines.push(`Request ID: ${summary.requestId}`);
  return lines.join("\n");
}
