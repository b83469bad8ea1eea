import { describe, expect, it } from "vitest";
import { parseDuration } from "./parse-duration.js";

describe("parseDuration", () => {
  it.each([
    ["20m", 1_200_000],
    ["90s", 90_000],
    ["1h30m", 5_400_000],
    ["1h 30m", 5_400_000],
    ["1500ms", 1500],
    ["500ms", 500],
    ["600", 600_000],
    ["2.5", 2500],
    ["2.5s", 2500],
    [" 5M ", 300_000],
  ])("reads %j as %i ms", (text, expected) => {
    expect(parseDuration(text)).toBe(expected);
  });

  it.each(["", "soon", "20 minutes", "-5m", "m20", "0", "0s", "0ms", "5x", "1e3", "10m soon"])(
    "refuses %j",
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );
});
