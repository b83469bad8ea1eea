import { describe, expect, it } from "vitest";
import { runRivya } from "./harness/run-rivya.js";
import { withEmulator } from "./harness/with-emulator.js";

const args = [
  "generate",
  "-m",
  "kling-3-0",
  "-p",
  "A lighthouse in a storm",
  "--param",
  "duration=5",
  "--no-download",
  "--timeout",
  "3s",
];

describe("rivya generate when the create's answers are lost (built CLI against the emulator)", () => {
  it("prints the exact command that reattaches; running it returns the same task, paid once", () =>
    withEmulator(async ({ emulator, cwd, env }) => {
      // Every answer to the create is lost after the task was created and charged.
      emulator.control.injectFault({
        kind: "reset",
        route: "POST /api/v1/generations",
        phase: "after",
        count: 1000,
      });
      const lost = await runRivya(args, { env, cwd });
      expect(lost.code).toBe(5);
      const printed = /same key\): (rivya generate .*)$/m.exec(lost.stderr)?.[1];
      expect(printed).toMatch(
        /^rivya generate -m kling-3-0 -p 'A lighthouse in a storm' --param duration=5 --no-download --timeout 3s --idempotency-key [0-9a-f-]{36}$/,
      );
      const key = printed!.split(" ").at(-1)!;
      const [orphan] = emulator.control.tasks();
      expect(emulator.control.tasks()).toHaveLength(1);

      emulator.control.clearFaults();
      const again = await runRivya([...args, "--timeout", "1m", "--idempotency-key", key], { env, cwd });
      expect(again.code).toBe(0);
      expect(again.stdout).toContain(`Task ${orphan!.id}: succeeded`);
      expect(emulator.control.tasks()).toHaveLength(1);
      expect(emulator.control.charges().filter((entry) => entry.kind === "reserve")).toHaveLength(1);
    }));

  it("--json carries the key and taskMayExist in the error document", () =>
    withEmulator(async ({ emulator, cwd, env }) => {
      emulator.control.injectFault({ kind: "html_error", route: "POST /api/v1/generations", count: 1000 });
      const run = await runRivya([...args, "--json", "--idempotency-key", "ci-run-7"], { env, cwd });
      expect(run.code).toBe(5);
      expect(JSON.parse(run.stdout).error).toMatchObject({
        code: "generate_timeout",
        idempotencyKey: "ci-run-7",
        taskMayExist: true,
      });
    }));
});
