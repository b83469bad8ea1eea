import {
  RivyaAbortedError,
  RivyaApiError,
  RivyaAuthenticationError,
  RivyaBudgetExceededError,
  RivyaConnectionError,
  RivyaError,
  RivyaGenerationFailedError,
  RivyaInsufficientCreditsError,
  RivyaPermissionError,
  RivyaTimeoutError,
  RivyaValidationError,
} from "@rivya-kit/core";
import { describe, expect, it } from "vitest";
import { CliUsageError } from "./cli-usage-error.js";
import { describeError } from "./describe-error.js";
import { ExitCode, exitCodeFor } from "./exit-codes.js";

const failedTask = {
  id: "task_9",
  status: "failed",
  model: "kling-3-0",
  reserved_credits: 90,
  final_credits: 0,
  created_at: "",
  updated_at: "",
  result: null,
  error: { code: "generation_failed", message: "content policy" },
};

describe("exitCodeFor", () => {
  it.each([
    ["usage", new CliUsageError("--timeout: bad", "--timeout"), ExitCode.validation],
    ["local validation", new RivyaValidationError([{ path: "prompt", message: "prompt is required" }]), 2],
    ["missing key", new RivyaError("needs an API key", { code: "api_key_missing" }), ExitCode.auth],
    ["401", new RivyaAuthenticationError("invalid key", { status: 401 }), ExitCode.auth],
    ["403", new RivyaPermissionError("scope", { status: 403 }), ExitCode.auth],
    ["402", new RivyaInsufficientCreditsError("short", { status: 402 }), ExitCode.credits],
    ["budget", new RivyaBudgetExceededError("over", { code: "budget_exceeded" }), ExitCode.credits],
    ["timeout", new RivyaTimeoutError("late", { timeoutMs: 1000, taskId: "task_1" }), ExitCode.timeout],
    ["failed task", new RivyaGenerationFailedError(failedTask), ExitCode.generationFailed],
    ["abort", new RivyaAbortedError("stop", { code: "aborted" }), ExitCode.interrupted],
    ["server", new RivyaApiError("boom", { status: 500 }), ExitCode.other],
    ["network", new RivyaConnectionError("down", {}), ExitCode.other],
    ["plain error", new Error("bug"), ExitCode.other],
  ])("%s → its own exit code", (_name, error, code) => {
    expect(exitCodeFor(error)).toBe(code);
  });

  it("keeps the documented distinct values", () => {
    expect(ExitCode).toEqual({
      success: 0,
      other: 1,
      validation: 2,
      auth: 3,
      credits: 4,
      timeout: 5,
      generationFailed: 6,
      interrupted: 130,
    });
  });
});

describe("describeError", () => {
  it("a timeout names the task and the command that resumes it", () => {
    const report = describeError(new RivyaTimeoutError("late", { timeoutMs: 1000, taskId: "task_7" }));
    expect(report.exitCode).toBe(5);
    expect(report.hints).toContain(
      "Task task_7 keeps running on Rivya. Resume with: rivya wait task_7 --out out/",
    );
    expect(report.document.error).toMatchObject({ taskId: "task_7", exitCode: 5 });
  });

  it("a create with an unknown outcome prints the exact command that reattaches with its key", () => {
    const error = new RivyaConnectionError("POST /generations failed before an HTTP answer", {
      code: "connection_error",
      idempotencyKey: "5f1c-key",
      taskMayExist: true,
    });
    const argv = ["node", "rivya", "generate", "-m", "kling-3-0", "-p", "A red fox", "--timeout", "10m"];
    const report = describeError(error, argv);
    expect(report.exitCode).toBe(ExitCode.other);
    expect(report.hints.join("\n")).toContain(
      "Reattach to it without paying twice (same key): rivya generate -m kling-3-0 -p 'A red fox' --timeout 10m --idempotency-key 5f1c-key",
    );
    expect(report.document.error).toMatchObject({ idempotencyKey: "5f1c-key", taskMayExist: true });
    // Interrupted mid-create: the same way back.
    const aborted = new RivyaAbortedError("aborted", { idempotencyKey: "k2", taskMayExist: true });
    expect(describeError(aborted, argv).hints.join("\n")).toContain("--idempotency-key k2");
    expect(describeError(aborted).hints.join("\n")).toContain("Re-run with idempotency key k2");
  });

  it("no reattach hint when nothing can exist or the task is known", () => {
    const definite = new RivyaInsufficientCreditsError("short", { status: 402, idempotencyKey: "k" });
    expect(describeError(definite).hints.join("\n")).not.toContain("idempotency");
    expect(describeError(definite).document.error.taskMayExist).toBeUndefined();
    const known = new RivyaTimeoutError("late", {
      timeoutMs: 1,
      taskId: "task_3",
      idempotencyKey: "k",
      taskMayExist: true,
    });
    expect(describeError(known).hints.join("\n")).not.toContain("idempotency");
  });

  it("a missing key says where to put one and offers the demo", () => {
    const report = describeError(new RivyaError("needs an API key", { code: "api_key_missing" }));
    expect(report.hints.join("\n")).toContain("set RIVYA_API_KEY or pass --api-key");
    expect(report.hints.join("\n")).toContain("rivya demo");
    const fromCore = describeError(
      new RivyaError(
        "GET /credits needs an API key: pass apiKey to createRivyaClient (keys start with rvya_sk_)",
        {
          code: "api_key_missing",
        },
      ),
    );
    expect(fromCore.message).toBe(
      "GET /credits needs an API key: set RIVYA_API_KEY or pass --api-key (keys start with rvya_sk_)",
    );
  });

  it("validation issues and the flag at fault are in the JSON document", () => {
    const issues = [{ path: "params.duration", message: "bad duration", received: "20" }];
    expect(describeError(new RivyaValidationError(issues)).document.error.issues).toEqual(issues);
    expect(describeError(new CliUsageError("bad", "--timeout")).document.error).toMatchObject({
      code: "usage",
      field: "--timeout",
    });
  });
});
