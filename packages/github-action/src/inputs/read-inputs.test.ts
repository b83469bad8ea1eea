import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readInputs } from "./read-inputs.js";

function workspaceWith(files: Record<string, string> = {}): string {
  const workspace = mkdtempSync(path.join(tmpdir(), "rivya-inputs-"));
  for (const [file, contents] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
    writeFileSync(path.join(workspace, file), contents);
  }
  return workspace;
}

function environment(inputs: Record<string, string>, workspace = workspaceWith()): NodeJS.ProcessEnv {
  const variables: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: workspace };
  for (const [name, value] of Object.entries(inputs)) variables[`INPUT_${name.toUpperCase()}`] = value;
  return variables;
}

const minimal = { "api-key": "rvya_sk_test", model: "kling-3-0", prompt: "a fox" };

describe("readInputs", () => {
  it("applies the defaults of a minimal step", async () => {
    const inputs = await readInputs(environment(minimal));
    expect(inputs).toMatchObject({
      apiKey: "rvya_sk_test",
      baseUrl: "https://rivya.ai",
      model: "kling-3-0",
      prompt: "a fox",
      params: {},
      referenceFiles: [],
      wait: true,
      download: true,
      uploadArtifact: false,
      dryRun: false,
      failOnError: true,
      timeoutMs: 1_200_000,
      outputPath: undefined,
      outputIsDirectory: true,
    });
  });

  it("reads params, shortcuts, numbers and booleans", async () => {
    const inputs = await readInputs(
      environment({
        ...minimal,
        params: "mode: std\nsound: 'true'",
        duration: "10",
        "aspect-ratio": "9:16",
        "max-credits": "120",
        "artifact-retention-days": "3",
        wait: "False",
        timeout: "1h",
        "base-url": "http://127.0.0.1:4010/",
      }),
    );
    expect(inputs).toMatchObject({
      params: { mode: "std", sound: "true" },
      shortcuts: { duration: "10", aspectRatio: "9:16" },
      maxCredits: 120,
      artifactRetentionDays: 3,
      wait: false,
      timeoutMs: 3_600_000,
      baseUrl: "http://127.0.0.1:4010",
    });
  });

  it("reads the prompt from a file and resolves reference globs in order", async () => {
    const workspace = workspaceWith({
      "prompts/launch.txt": "\uFEFFA launch video\n",
      "refs/b.png": "b",
      "refs/a.png": "a",
      "first.jpg": "f",
    });
    const inputs = await readInputs(
      environment(
        {
          ...minimal,
          prompt: "",
          "prompt-file": "prompts/launch.txt",
          "reference-images": "first.jpg\nrefs/*.png\n\nrefs/a.png",
        },
        workspace,
      ),
    );
    expect(inputs.prompt).toBe("A launch video");
    expect(inputs.promptFile).toBe("prompts/launch.txt");
    expect(inputs.referenceFiles).toEqual([
      path.join(workspace, "first.jpg"),
      path.join(workspace, "refs/a.png"),
      path.join(workspace, "refs/b.png"),
    ]);
  });

  it("treats an output-path ending in a slash or naming a directory as a directory", async () => {
    const workspace = workspaceWith({ "videos/keep": "" });
    const asDirectory = await readInputs(environment({ ...minimal, "output-path": "videos" }, workspace));
    expect(asDirectory).toMatchObject({
      outputPath: path.join(workspace, "videos"),
      outputIsDirectory: true,
    });
    const asNewDirectory = await readInputs(environment({ ...minimal, "output-path": "out/" }, workspace));
    expect(asNewDirectory).toMatchObject({
      outputPath: path.join(workspace, "out"),
      outputIsDirectory: true,
    });
    const asFile = await readInputs(environment({ ...minimal, "output-path": "out/launch.mp4" }, workspace));
    expect(asFile).toMatchObject({
      outputPath: path.join(workspace, "out/launch.mp4"),
      outputIsDirectory: false,
    });
  });

  it.each([
    [{ ...minimal, "api-key": "" }, "api-key: required"],
    [{ ...minimal, model: "" }, "model: required to create a task"],
    [{ ...minimal, timeout: "soon" }, 'timeout: "soon" is not a duration'],
    [{ ...minimal, wait: "yes" }, 'wait: "yes" is not a boolean. Use true or false.'],
    [{ ...minimal, params: "[1, 2]" }, "params: expected a mapping"],
    [
      { ...minimal, "max-credits": "-1" },
      'max-credits: "-1" is not allowed; expected a number of at least 0.',
    ],
    [
      { ...minimal, "artifact-retention-days": "120" },
      'artifact-retention-days: "120" is not allowed; expected a whole number from 1 to 90.',
    ],
    [{ ...minimal, "base-url": "ftp://x" }, 'base-url: "ftp://x" must use http or https.'],
    [
      { ...minimal, "prompt-file": "missing.txt" },
      "prompt-file: give either prompt or prompt-file, not both.",
    ],
    [
      { ...minimal, prompt: "", "prompt-file": "missing.txt" },
      'prompt-file: cannot read "missing.txt" (ENOENT)',
    ],
    [{ ...minimal, "reference-images": "refs/*.png" }, 'reference-images: "refs/*.png" matches no file'],
    [{ ...minimal, "task-id": "task 1" }, 'task-id: "task 1" is not a task id'],
    [{ ...minimal, "task-id": "task_1", "dry-run": "true" }, "task-id: cannot be combined with dry-run"],
    [{ ...minimal, "upload-artifact": "true", download: "false" }, "upload-artifact: needs the file"],
  ])("refuses %j with a message naming the input", async (inputs, message) => {
    await expect(readInputs(environment(inputs))).rejects.toThrow(message);
  });

  it("lists every problem at once", async () => {
    const error = await readInputs(environment({ model: "", timeout: "x", wait: "maybe" })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ input: "wait, api-key, model, timeout" });
    expect((error as Error).message).toMatch(
      /^4 problems with the inputs:\n- wait: .*\n- api-key: .*\n- model: .*\n- timeout: /,
    );
  });

  it("needs no key for a dry run, nor a model when resuming a task", async () => {
    await expect(
      readInputs(environment({ model: "kling-3-0", prompt: "x", "dry-run": "true" })),
    ).resolves.toMatchObject({ apiKey: undefined, dryRun: true });
    await expect(readInputs(environment({ "api-key": "k", "task-id": "task_1" }))).resolves.toMatchObject({
      taskId: "task_1",
      model: undefined,
    });
  });
});
