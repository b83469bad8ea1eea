import { describe, expect, it } from "vitest";
import { parseDuration } from "./parse-duration.js";

describe("parseDuration", () => {
  it.each([
    ["20m", 1_200_000],
    ["90s", 90_000],
    ["1h30m", 5_400_000],
    ["1h 30m", 5_400_000],
    ["1500ms", 1500],
    ["600", 600_000],
    ["2.5s", 2500],
    [" 5M ", 300_000],
  ])("reads %s as %i ms", (text, expected) => {
    expect(parseDuration("timeout", text)).toBe(expected);
  });

  it.each(["", "soon", "20 minutes", "-5m", "m20", "0", "0s"])(
    "refuses %j naming the input and the value",
    (text) => {
      expect(() => parseDuration("timeout", text)).toThrow(`timeout: "${text}"`);
    },
  );
});
