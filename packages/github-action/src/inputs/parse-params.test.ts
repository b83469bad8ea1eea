import { describe, expect, it } from "vitest";
import { parseParams } from "./parse-params.js";

describe("parseParams", () => {
  it("reads a JSON object", () => {
    expect(parseParams('{"mode": "pro", "duration": "5", "cfg_scale": 0.5}')).toEqual({
      mode: "pro",
      duration: "5",
      cfg_scale: 0.5,
    });
  });

  it("reads a YAML mapping, keeping quoted numbers as strings", () => {
    expect(parseParams('mode: pro\nduration: "10"\nsound: "true"\nseed: 42\n')).toEqual({
      mode: "pro",
      duration: "10",
      sound: "true",
      seed: 42,
    });
  });

  it("treats an empty input as no params", () => {
    expect(parseParams("  ")).toEqual({});
  });

  it("refuses a list, a scalar and broken syntax with the input's name", () => {
    expect(() => parseParams("- a\n- b")).toThrow(/^params: expected a mapping .* got a list/);
    expect(() => parseParams("pro")).toThrow(/^params: expected a mapping .* got a string/);
    expect(() => parseParams('{"mode": ')).toThrow(/^params: not valid JSON or YAML/);
    expect(() => parseParams("a: 1\na: 2")).toThrow(/^params: not valid JSON or YAML/);
  });
});
