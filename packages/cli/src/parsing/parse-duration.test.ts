import { describe, expect, it } from "vitest";
import { CliUsageError } from "../errors/cli-usage-error.js";
import { parseDuration } from "./parse-duration.js";

describe("parseDuration", () => {
  it.each([
    ["90", 90_000],
    ["1.5", 1_500],
    ["90s", 90_000],
    ["10m", 600_000],
    ["1h", 3_600_000],
    ["1h30m", 5_400_000],
    ["2m30s", 150_000],
    ["500ms", 500],
  ])("%s is %d ms", (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(["", "soon", "10x", "0", "0s", "-5", "10 m", "m10", "5s junk"])(
    "refuses %j naming the flag and the accepted forms",
    (text) => {
      const call = () => parseDuration(text, "--timeout");
      expect(call).toThrow(CliUsageError);
      expect(call).toThrow(
        `--timeout: "${text}" is not a duration (allowed: a positive number of seconds, or e.g. 90s, 10m`,
      );
    },
  );
});
