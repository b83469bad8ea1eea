import {
  RivyaAbortedError,
  RivyaAuthenticationError,
  RivyaBudgetExceededError,
  RivyaError,
  RivyaGenerationFailedError,
  RivyaInsufficientCreditsError,
  RivyaPermissionError,
  RivyaTimeoutError,
  RivyaValidationError,
} from "@rivya-kit/core";
import { CliUsageError } from "./cli-usage-error.js";
import { CommandFailure } from "./command-failure.js";

/** The process exit codes of `rivya`, one per kind of failure a script may want to branch on. */
export const ExitCode = {
  /** Done. */
  success: 0,
  /** Anything else: network, server, download, an unexpected error. */
  other: 1,
  /** The command line or the request is invalid (nothing was sent or spent). */
  validation: 2,
  /** No API key, a wrong or revoked key, or a key without the needed scope. */
  auth: 3,
  /** Not enough credits, or the estimate exceeds `--max-credits`. */
  credits: 4,
  /** The time limit was reached; the task (when created) keeps running. */
  timeout: 5,
  /** The task failed on Rivya (its credits are refunded). */
  generationFailed: 6,
  /** Interrupted (Ctrl-C). */
  interrupted: 130,
} as const;

/** One of the values of {@link ExitCode}. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** The exit code for whatever stopped a command. */
export function exitCodeFor(error: unknown): ExitCodeValue {
  if (CommandFailure.isInstance(error)) return error.exitCode as ExitCodeValue;
  if (CliUsageError.isInstance(error)) return ExitCode.validation;
  if (RivyaValidationError.isInstance(error)) return ExitCode.validation;
  if (RivyaAuthenticationError.isInstance(error) || RivyaPermissionError.isInstance(error))
    return ExitCode.auth;
  if (RivyaError.isInstance(error) && error.code === "api_key_missing") return ExitCode.auth;
  if (RivyaInsufficientCreditsError.isInstance(error) || RivyaBudgetExceededError.isInstance(error)) {
    return ExitCode.credits;
  }
  if (RivyaGenerationFailedError.isInstance(error)) return ExitCode.generationFailed;
  if (RivyaTimeoutError.isInstance(error)) return ExitCode.timeout;
  if (RivyaAbortedError.isInstance(error)) return ExitCode.interrupted;
  return ExitCode.other;
}
