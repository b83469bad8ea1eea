import { RivyaError, RivyaValidationError } from "@rivya-kit/core";
import { CliUsageError } from "./cli-usage-error.js";
import { CommandFailure } from "./command-failure.js";
import { ExitCode, exitCodeFor } from "./exit-codes.js";
import { reattachCommand } from "./reattach-command.js";

/** An error as the CLI reports it: the message, hints for what to do next, and the JSON shape. */
export interface ErrorReport {
  exitCode: number;
  message: string;
  hints: string[];
  document: {
    error: {
      name: string;
      code: string | undefined;
      message: string;
      exitCode: number;
      taskId?: string | undefined;
      /** The create's key: `rivya generate … --idempotency-key <key>` reattaches without paying twice. */
      idempotencyKey?: string | undefined;
      /** A create's outcome is unknown: a task may exist (and be charged) although `taskId` is not known. */
      taskMayExist?: boolean | undefined;
      requestId?: string | undefined;
      issues?: unknown[] | undefined;
      field?: string | undefined;
    };
  };
}

/**
 * Turns an error into the lines the CLI prints and the exit code it ends with. `argv` (as
 * `process.argv`) lets a create whose outcome is unknown print the exact command that reattaches.
 */
export function describeError(error: unknown, argv: readonly string[] = []): ErrorReport {
  const exitCode = exitCodeFor(error);
  const raw = error instanceof Error ? error.message : String(error);
  // The core's no-key message is a library hint (`pass apiKey to createRivyaClient`); say the CLI's ways.
  const message =
    RivyaError.isInstance(error) && error.code === "api_key_missing"
      ? raw.replace(/: pass apiKey to createRivyaClient/, ": set RIVYA_API_KEY or pass --api-key")
      : raw;
  const name = error instanceof Error ? error.name : "Error";
  const rivya = RivyaError.isInstance(error) ? error : undefined;
  const hints: string[] = [];
  const taskId = rivya?.taskId;
  if ((exitCode === ExitCode.timeout || exitCode === ExitCode.interrupted) && taskId) {
    hints.push(`Task ${taskId} keeps running on Rivya. Resume with: rivya wait ${taskId} --out out/`);
  } else if (taskId && exitCode !== ExitCode.generationFailed) {
    hints.push(`Task: ${taskId} (check it with: rivya status ${taskId})`);
  } else if (taskId) {
    hints.push(`Task: ${taskId} (its credits are refunded)`);
  }
  const key = rivya?.idempotencyKey;
  if (rivya?.taskMayExist && !taskId && key) {
    const command = reattachCommand(argv, key);
    hints.push(
      "The create was sent but its answer was lost: a task may exist and be charged. " +
        (command
          ? `Reattach to it without paying twice (same key): ${command}`
          : `Re-run with idempotency key ${key} to reattach to it without paying twice.`),
    );
  }
  if (exitCode === ExitCode.auth) {
    hints.push(
      rivya?.code === "api_key_missing"
        ? "No API key: set RIVYA_API_KEY or pass --api-key (keys start with rvya_sk_). Without a key, try: rivya demo"
        : "Check the API key (RIVYA_API_KEY or --api-key) and its scopes at https://rivya.ai.",
    );
  }
  if (rivya?.requestId) hints.push(`Request id: ${rivya.requestId}`);
  return {
    exitCode,
    message,
    hints,
    document: {
      // A command that printed its own result (plan, apply) carries it into the one JSON document.
      ...(CommandFailure.isInstance(error) ? error.document : {}),
      error: {
        name,
        code:
          rivya?.code ??
          (CliUsageError.isInstance(error)
            ? "usage"
            : CommandFailure.isInstance(error)
              ? error.code
              : undefined),
        message,
        exitCode,
        taskId,
        idempotencyKey: key,
        taskMayExist: rivya?.taskMayExist || undefined,
        requestId: rivya?.requestId,
        issues: RivyaValidationError.isInstance(error) ? [...error.issues] : undefined,
        field: CliUsageError.isInstance(error) ? error.field : undefined,
      },
    },
  };
}
