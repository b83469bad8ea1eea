import { describe, expect, it } from "vitest";
import { ExitCode } from "../errors/exit-codes.js";
import { createProgram } from "../program.js";
import { SUCCESS, USAGE } from "../run-cli.js";
import { commandList } from "./command-list.js";
import { commandNameIn } from "./command-name-in.js";

describe("commandList", () => {
  it("lists each command once, with the summary its own description gives", async () => {
    const full = await createProgram();
    const names = commandList.map((command) => command.name);
    expect(new Set(names).size).toBe(names.length);
    expect(full.commands.map((command) => command.name())).toEqual(names);
    for (const command of commandList) {
      expect(full.commands.find((loaded) => loaded.name() === command.name)?.description()).toBe(
        command.summary,
      );
    }
  });

  it("loads only the named command; the rest are summaries without options", async () => {
    const program = await createProgram(["node", "rivya", "--api-key", "k", "models", "--json"]);
    const models = program.commands.find((command) => command.name() === "models");
    const generate = program.commands.find((command) => command.name() === "generate");
    expect(models?.options.map((option) => option.long)).toContain("--json");
    expect(generate?.options).toEqual([]);
  });
});

describe("commandNameIn", () => {
  it.each([
    [[], undefined],
    [["--help"], undefined],
    [["-v"], undefined],
    [["models"], "models"],
    [["--api-key", "generate", "models"], "models"],
    [["--base-url", "http://x", "generate", "-m", "kling-3-0"], "generate"],
    [["help", "wait"], "wait"],
    [["--", "models"], undefined],
  ])("%j → %s", (args, name) => {
    expect(commandNameIn(args)).toBe(name);
  });
});

describe("runCli's own exit codes", () => {
  it("are the table's success and validation codes", () => {
    expect([SUCCESS, USAGE]).toEqual([ExitCode.success, ExitCode.validation]);
  });
});
