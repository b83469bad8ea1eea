import { describe, expect, it } from "vitest";
import { reattachCommand, shellQuote } from "./reattach-command.js";

const node = ["/usr/bin/node", "/usr/lib/rivya/bin/rivya.js"];

describe("reattachCommand", () => {
  it("repeats the user's generate arguments with the key, quoted for the shell", () => {
    const argv = [...node, "generate", "-m", "kling-3-0", "-p", "A fox's run", "--param", "duration=5"];
    expect(reattachCommand(argv, "0b6f-key")).toBe(
      "rivya generate -m kling-3-0 -p 'A fox'\\''s run' --param duration=5 --idempotency-key 0b6f-key",
    );
  });

  it("replaces a key given before and never repeats the API key", () => {
    const argv = [
      ...node,
      "--api-key",
      "rvya_sk_secret",
      "generate",
      "-m",
      "kling-3-0",
      "--idempotency-key=old",
      "--idempotency-key",
      "older",
      "--api-key=rvya_sk_secret2",
      "-p",
      "x",
    ];
    const command = reattachCommand(argv, "run-42");
    expect(command).toBe("rivya generate -m kling-3-0 -p x --idempotency-key run-42");
    expect(command).not.toContain("rvya_sk_");
  });

  it("is undefined for other commands", () => {
    expect(reattachCommand([...node, "wait", "task_1"], "k")).toBeUndefined();
    expect(reattachCommand([...node, "status", "generate"], "k")).toBeUndefined();
  });

  it("quotes what a shell would split or expand", () => {
    expect(shellQuote("out/fox.mp4")).toBe("out/fox.mp4");
    expect(shellQuote("a b")).toBe("'a b'");
    expect(shellQuote("$HOME")).toBe("'$HOME'");
    expect(shellQuote("")).toBe("''");
  });
});
