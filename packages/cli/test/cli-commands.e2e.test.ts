import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { signWebhook } from "@rivya-kit/core";
import { describe, expect, it } from "vitest";
import { runRivya } from "./harness/run-rivya.js";
import { withEmulator } from "./harness/with-emulator.js";

describe.concurrent("rivya commands (built CLI)", () => {
  it("every command has --help with examples", async () => {
    const commands = [
      [],
      ["generate"],
      ["estimate"],
      ["status"],
      ["wait"],
      ["models"],
      ["model"],
      ["credits"],
      ["upload"],
      ["webhooks"],
      ["webhooks", "list"],
      ["webhooks", "create"],
      ["webhooks", "delete"],
      ["webhooks", "rotate-secret"],
      ["webhooks", "test"],
      ["webhooks", "verify"],
      ["demo"],
      ["emulator"],
    ];
    const runs = await Promise.all(commands.map((command) => runRivya([...command, "--help"])));
    runs.forEach((run, index) => {
      expect(run.code, commands[index]!.join(" ")).toBe(0);
      expect(run.stdout, commands[index]!.join(" ")).toContain("Examples:");
    });
  });

  it("models and model read the catalog without a key", async () => {
    const list = await runRivya(["models", "--category", "video", "--json"]);
    expect(list.code).toBe(0);
    const models = JSON.parse(list.stdout) as { id: string; category: string }[];
    expect(models.length).toBeGreaterThan(10);
    expect(models.every((model) => model.category === "video")).toBe(true);
    const model = await runRivya(["model", "kling-3-0"]);
    expect(model.code).toBe(0);
    expect(model.stdout).toContain("Kling 3.0 (kling-3-0)");
    expect(model.stdout).toMatch(/duration\s+select\s+5\s+3 \| 4/);
    expect(model.stdout).toContain("credits: 90");
    const unknown = await runRivya(["model", "nope"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"nope" is not a known model');
  });

  it("estimate, status, credits and upload against the emulator", () =>
    withEmulator(async ({ emulator, cwd, env }) => {
      const estimate = await runRivya(["estimate", "-m", "kling-3-0", "-p", "A fox", "--json"], { env, cwd });
      expect(estimate.code).toBe(0);
      expect(JSON.parse(estimate.stdout)).toMatchObject({ credits: 90, balance: 10_000 });

      const image = new URL("../assets/demo-reference.png", import.meta.url).pathname;
      const upload = await runRivya(["upload", image, "--json"], { env, cwd });
      expect(upload.code).toBe(0);
      expect(JSON.parse(upload.stdout)).toMatchObject({ kind: "image", mime_type: "image/png" });

      const created = await runRivya(["generate", "-m", "kling-3-0", "-p", "A fox", "--no-wait", "--json"], {
        env,
        cwd,
      });
      const { taskId } = JSON.parse(created.stdout);
      const status = await runRivya(["status", taskId], { env, cwd });
      expect(status.code).toBe(0);
      expect(status.stdout).toMatch(new RegExp(`Task ${taskId}: (queued|processing)\n  model:   kling-3-0`));
      const credits = await runRivya(["credits"], { env, cwd });
      expect(credits.stdout.trim()).toBe(`${emulator.control.balance()} credits`);
    }));

  it("webhooks verify accepts a correctly signed delivery and rejects a tampered one", () =>
    withEmulator(async ({ cwd }) => {
      const secret = `whsec_${Buffer.from("a test signing secret!!").toString("base64")}`;
      const payload = JSON.stringify({ id: "evt_1", type: "generation.succeeded", data: { id: "task_1" } });
      const timestamp = Math.floor(Date.now() / 1000);
      const signature = signWebhook({ id: "evt_1", timestamp, payload, secret });
      writeFileSync(join(cwd, "body.json"), payload);
      writeFileSync(join(cwd, "tampered.json"), payload.replace("task_1", "task_2"));
      const headers = [
        "-H",
        "webhook-id: evt_1",
        "-H",
        `webhook-timestamp: ${timestamp}`,
        "-H",
        `webhook-signature: ${signature}`,
      ];
      const valid = await runRivya(
        ["webhooks", "verify", "--body", "body.json", ...headers, "--secret", secret],
        { cwd },
      );
      expect(valid.code).toBe(0);
      expect(valid.stdout).toContain("Valid signature: event evt_1");
      const tampered = await runRivya(
        ["webhooks", "verify", "--body", "tampered.json", ...headers, "--secret", secret],
        {
          cwd,
        },
      );
      expect(tampered.code).not.toBe(0);
      expect(tampered.stderr).toContain("rivya: ");
    }));
});
