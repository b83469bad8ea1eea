import { describe, expect, it } from "vitest";
import { RivyaError } from "./rivya-error.js";
import { RivyaValidationError } from "./rivya-validation-error.js";

describe("RivyaError", () => {
  it("carries status, code, request id and task id, and chains the cause", () => {
    const cause = new Error("socket hang up");
    const error = new RivyaError("boom", {
      code: "x",
      status: 503,
      requestId: "req_1",
      taskId: "task_1",
      cause,
    });
    expect(error).toMatchObject({
      code: "x",
      status: 503,
      requestId: "req_1",
      taskId: "task_1",
      name: "RivyaError",
    });
    expect(error.cause).toBe(cause);
  });

  it("carries the create's key and whether a task may exist (false unless said)", () => {
    expect(new RivyaError("x")).toMatchObject({ idempotencyKey: undefined, taskMayExist: false });
    const lost = new RivyaError("lost", { idempotencyKey: "key-1", taskMayExist: true });
    expect(lost).toMatchObject({ idempotencyKey: "key-1", taskMayExist: true, taskId: undefined });
  });

  it("isInstance recognises errors across copies of the class, and nothing else", () => {
    const validation = new RivyaValidationError([{ path: "prompt", message: "prompt is required" }]);
    expect(RivyaError.isInstance(validation)).toBe(true);
    expect(RivyaValidationError.isInstance(validation)).toBe(true);
    expect(RivyaValidationError.isInstance(new RivyaError("x"))).toBe(false);
    expect(RivyaError.isInstance(new Error("x"))).toBe(false);
    // A structurally identical object from a duplicate install carries the same global symbol.
    const foreign = { [Symbol.for("rivya-kit.error")]: true };
    expect(RivyaError.isInstance(foreign)).toBe(true);
  });

  it("describes several issues one per line", () => {
    const error = new RivyaValidationError([
      { path: "prompt", message: "prompt is required for kling-3-0" },
      { path: "params.duration", message: 'params.duration: "20" is not allowed' },
    ]);
    expect(error.message).toBe(
      '2 problems with the request:\n- prompt is required for kling-3-0\n- params.duration: "20" is not allowed',
    );
    expect(error.code).toBe("local_validation");
  });
});
