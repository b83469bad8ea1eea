// A create whose answers are lost after the task was created: the failed item (Continue On Fail)
// and the node error carry the key, and setting it as the Idempotency Key option reattaches.
import type { RunningEmulator } from "@rivya-kit/emulator";
import { NodeOperationError } from "n8n-workflow";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Rivya } from "../../nodes/Rivya/Rivya.node";
import { executeNode } from "../harness/execute-harness";
import { startTestEmulator } from "./start-test-emulator";

let emulator: RunningEmulator;
const node = new Rivya();
const credentials = () => ({ apiKey: emulator.apiKey, baseUrl: emulator.url });
const parameters = (options: Record<string, unknown>) => ({
  resource: "generation",
  operation: "generate",
  model: "kling-3-0",
  prompt: "A lighthouse in a storm",
  download: false,
  // 6 s (virtual) for the whole flow: the create's retries run into it.
  options: { pollIntervalSeconds: 1, timeoutMinutes: 0.1, ...options },
});

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});
afterEach(() => {
  emulator.control.reset();
});

function loseEveryCreateAnswer(): void {
  emulator.control.injectFault({
    kind: "reset",
    route: "POST /api/v1/generations",
    phase: "after",
    count: 1000,
  });
}

describe("Generation → Generate when the create's answer is lost", () => {
  it("the error item carries the key; the key as Idempotency Key gets the same task, paid once", async () => {
    loseEveryCreateAnswer();
    const { output } = await executeNode(node, {
      credentials: credentials(),
      continueOnFail: true,
      parameters: parameters({ idempotencyKey: "sheet-row-17" }),
    });
    expect(output[0]?.json).toMatchObject({
      code: "generate_timeout",
      taskId: null,
      idempotencyKey: "sheet-row-17",
      taskMayExist: true,
    });
    const [orphan] = emulator.control.tasks();
    expect(emulator.control.tasks()).toHaveLength(1);

    emulator.control.clearFaults();
    const again = await executeNode(node, {
      credentials: credentials(),
      parameters: parameters({ idempotencyKey: String(output[0]?.json.idempotencyKey), timeoutMinutes: 5 }),
    });
    expect(again.output[0]?.json).toMatchObject({ taskId: orphan?.id, status: "succeeded" });
    expect(emulator.control.tasks()).toHaveLength(1);
    expect(emulator.control.charges().filter((entry) => entry.kind === "reserve")).toHaveLength(1);
  });

  it("the node error's description says how to reattach, not that Rivya is unreachable", async () => {
    loseEveryCreateAnswer();
    const error = await executeNode(node, {
      credentials: credentials(),
      parameters: parameters({ idempotencyKey: "sheet-row-18" }),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NodeOperationError);
    const { description } = error as NodeOperationError;
    expect(description).toContain("a task may exist and be charged");
    expect(description).toContain("set Options → Idempotency Key to sheet-row-18");
    expect(description).not.toContain("Check the Base URL");
  });
});
