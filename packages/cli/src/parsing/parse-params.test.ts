import { describe, expect, it } from "vitest";
import { buildParams, parseParamAssignment, parseParamsJson } from "./parse-params.js";

const noFiles = (path: string): string => {
  throw new Error(`ENOENT: ${path}`);
};

describe("parseParamAssignment", () => {
  it("splits at the first = and keeps the value as given (the core normalises types)", () => {
    expect(parseParamAssignment("duration=10")).toEqual(["duration", "10"]);
    expect(parseParamAssignment("aspect_ratio=16:9")).toEqual(["aspect_ratio", "16:9"]);
    expect(parseParamAssignment("negative_prompt=a=b")).toEqual(["negative_prompt", "a=b"]);
    expect(parseParamAssignment("negative_prompt=")).toEqual(["negative_prompt", ""]);
  });

  it("parses JSON arrays and objects for list params", () => {
    expect(parseParamAssignment('dialogue=[{"text":"Hi","voice":"Adam"}]')).toEqual([
      "dialogue",
      [{ text: "Hi", voice: "Adam" }],
    ]);
  });

  it("refuses a missing key or =, and broken JSON, naming --param", () => {
    expect(() => parseParamAssignment("duration")).toThrow('--param: "duration" is not key=value');
    expect(() => parseParamAssignment("=5")).toThrow('--param: "=5" is not key=value');
    expect(() => parseParamAssignment("dialogue=[oops")).toThrow('--param dialogue: "[oops" looks like JSON');
  });
});

describe("parseParamsJson / buildParams", () => {
  it("reads inline JSON or @file", () => {
    expect(parseParamsJson('{"duration": 10}', noFiles)).toEqual({ duration: 10 });
    expect(parseParamsJson("@p.json", (path) => (path === "p.json" ? '{"sound":true}' : ""))).toEqual({
      sound: true,
    });
  });

  it("refuses non-objects, bad JSON and unreadable files", () => {
    expect(() => parseParamsJson("[1]", noFiles)).toThrow("--params: expected a JSON object");
    expect(() => parseParamsJson("{duration: 10}", noFiles)).toThrow("--params: not valid JSON");
    expect(() => parseParamsJson("@missing.json", noFiles)).toThrow(
      "--params @missing.json: cannot read missing.json",
    );
  });

  it("lets --param override the same key of --params; no params at all is undefined", () => {
    expect(buildParams('{"duration": 10, "sound": true}', ["duration=5"], noFiles)).toEqual({
      duration: "5",
      sound: true,
    });
    expect(buildParams(undefined, [], noFiles)).toBeUndefined();
  });
});
