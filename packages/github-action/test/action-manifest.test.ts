import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Reporter } from "../src/report/reporter.js";
import { packageDirectory, readActionManifest } from "./harness/action-defaults.js";

const manifest = readActionManifest();
const readme = readFileSync(path.join(packageDirectory, "README.md"), "utf8");

/** Every input name the sources read, found by the reader functions' call sites. */
function inputsReadBySources(): string[] {
  const names = new Set<string>();
  const sourceFiles = readdirSync(path.join(packageDirectory, "src"), {
    recursive: true,
    encoding: "utf8",
  }).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));
  for (const file of sourceFiles) {
    const text = readFileSync(path.join(packageDirectory, "src", file), "utf8");
    for (const match of text.matchAll(
      /\b(?:readInput|readBooleanInput|readMultilineInput|optional|input)\("([a-z-]+)"/g,
    )) {
      names.add(match[1]!);
    }
  }
  return [...names].sort();
}

describe("action.yml", () => {
  it("runs the committed bundle on node24, with a post step that always runs", () => {
    expect(manifest.runs).toEqual({
      using: "node24",
      main: "dist/index.js",
      post: "dist/post.js",
      "post-if": "always()",
    });
    expect(existsSync(path.join(packageDirectory, manifest.runs.main))).toBe(true);
    expect(existsSync(path.join(packageDirectory, manifest.runs.post!))).toBe(true);
  });

  it("declares exactly the inputs the code reads, each with a description and a default", () => {
    expect(Object.keys(manifest.inputs).sort()).toEqual(inputsReadBySources());
    for (const [name, input] of Object.entries(manifest.inputs)) {
      expect(input.description.length, name).toBeGreaterThan(20);
      expect(typeof input.default, name).toBe("string");
    }
  });

  it("declares exactly the outputs the step writes", () => {
    const reporter = new Reporter(0);
    Object.assign(reporter.report, {
      status: "succeeded",
      taskId: "task_1",
      videoUrl: "https://x/1.mp4",
      videoUrls: ["https://x/1.mp4"],
      videoPath: "/tmp/1.mp4",
      artifactUrl: "https://github.com/a/b/actions/runs/1/artifacts/2",
      reservedCredits: 1,
      finalCredits: 1,
      estimatedCredits: 1,
      errorCode: "x",
    });
    // `results` and `total-credits` are manifest mode's (src/manifest/run-manifest.ts).
    const written = [...Object.keys(reporter.outputs()), "result", "results", "total-credits"].sort();
    expect(Object.keys(manifest.outputs).sort()).toEqual(written);
  });

  it("is documented in the README, every input and output", () => {
    for (const name of [...Object.keys(manifest.inputs), ...Object.keys(manifest.outputs)]) {
      expect(readme, name).toMatch(new RegExp(`\\| \`${name}\` +\\|`));
    }
  });
});
