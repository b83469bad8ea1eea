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
    withEmulator(
      async ({ emulator, cwd, env }) => {
        const estimate = await runRivya(["estimate", "-m", "kling-3-0", "-p", "A fox", "--json"], {
          env,
          cwd,
        });
        expect(estimate.code).toBe(0);
        expect(JSON.parse(estimate.stdout)).toMatchObject({ credits: 90, balance: 10_000 });

        const image = new URL("../assets/demo-reference.png", import.meta.url).pathname;
        const upload = await runRivya(["upload", image, "--json"], { env, cwd });
        expect(upload.code).toBe(0);
        expect(JSON.parse(upload.stdout)).toMatchObject({ kind: "image", mime_type: "image/png" });

        const created = await runRivya(
          ["generate", "-m", "kling-3-0", "-p", "A fox", "--no-wait", "--json"],
          {
            env,
            cwd,
          },
        );
        const { taskId } = JSON.parse(created.stdout);
        const status = await runRivya(["status", taskId], { env, cwd });
        expect(status.code).toBe(0);
        expect(status.stdout).toMatch(
          new RegExp(`Task ${taskId}: (queued|processing)\n  model:   kling-3-0`),
        );
        const credits = await runRivya(["credits"], { env, cwd });
        expect(credits.stdout.trim()).toBe(`${emulator.control.balance()} credits`);
      },
      { speed: 1 },
    ));

  it("webhooks create, list, rotate-secret and delete manage endpoints", () =>
    withEmulator(async ({ cwd, env }) => {
      const created = await runRivya(
        ["webhooks", "create", "--url", "https://example.com/hooks/rivya", "--name", "prod", "--json"],
        { env, cwd },
      );
      expect(created.code).toBe(0);
      const endpoint = JSON.parse(created.stdout);
      expect(endpoint.signing_secret).toMatch(/^whsec_/);
      const list = await runRivya(["webhooks", "list"], { env, cwd });
      expect(list.stdout).toContain(`${endpoint.id}  prod  https://example.com/hooks/rivya`);
      const rotated = await runRivya(["webhooks", "rotate-secret", endpoint.id, "--json"], { env, cwd });
      expect(JSON.parse(rotated.stdout).signing_secret).not.toBe(endpoint.signing_secret);
      const deleted = await runRivya(["webhooks", "delete", endpoint.id], { env, cwd });
      expect(deleted.code).toBe(0);
      const rejected = await runRivya(["webhooks", "create", "--url", "http://127.0.0.1/hook"], { env, cwd });
      expect(rejected.code).toBe(2);
    }));

  it("webhooks verify accepts a correctly signed delivery and rejects a tampered one", () =>
    withEmulator(async ({ cwd }) => {
      const secret = `whsec_${Buffer.from("a test signing secret!!").toString("base64")}`;
      const payload = JSON.stringify({ id: "evt_1", type: "generation.succeeded", data: { id: "task_1" } });
      const timestamp = Math.floor(Date.now() / 1000);
      const signature = await signWebhook({ id: "evt_1", timestamp, payload, secret });
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
