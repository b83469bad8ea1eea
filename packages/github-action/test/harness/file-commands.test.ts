import { describe, expect, it } from "vitest";
import { parseFileCommands } from "./file-commands.js";

describe("parseFileCommands", () => {
  it("reads name=value lines and name<<delimiter blocks, later values winning", () => {
    const text = [
      "status=queued",
      "result<<ghadelimiter_1",
      '{"a":1}',
      "second line",
      "ghadelimiter_1",
      "status=succeeded",
      "",
    ].join("\n");
    expect(parseFileCommands(text)).toEqual({ status: "succeeded", result: '{"a":1}\nsecond line' });
  });

  it("refuses an unterminated block", () => {
    expect(() => parseFileCommands("x<<EOF\nvalue\n")).toThrow("unterminated x<<EOF block");
  });
});
