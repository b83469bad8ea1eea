import { describe, expect, it } from "vitest";
import { parseRun } from "../../e2e/n8n-home";

describe("parseRun (reads `n8n execute --rawOutput`)", () => {
  it("finds the run JSON among log lines, also when a log line starts with a brace", () => {
    const stdout = [
      "Loaded community package n8n-nodes-rivya",
      "{ level: 'warn', message: 'not json' }",
      "{",
      '  "data": { "resultData": { "runData": {} } }',
      "}",
      "Execution finished",
    ].join("\n");
    expect(parseRun(stdout)).toEqual({ data: { resultData: { runData: {} } } });
  });

  it("returns undefined when n8n printed no JSON", () => {
    expect(parseRun("Error: workflow failed\n")).toBeUndefined();
  });
});
