import { readFileSync } from "node:fs";
import { Webhook } from "standardwebhooks";
import { describe, expect, it, vi } from "vitest";
import handler from "./edge-webhook-handler.js";

const secret = `whsec_${btoa("an-edge-endpoint-signing-secret!")}`;
const env = { RIVYA_WEBHOOK_SECRET: secret };
const body = JSON.stringify({
  id: "evt_edge",
  type: "generation.succeeded",
  api_version: "2026-05-11",
  created_at: "2026-05-11T00:00:00Z",
  data: {
    id: "task_edge",
    status: "succeeded",
    model: "kling-3-0",
    result: { primary_url: "https://files.rivya.ai/task_edge.mp4" },
    error: null,
  },
});

function delivery(payload: string, signedBody = payload): Request {
  const sentAt = new Date();
  return new Request("https://example.com/rivya-webhook", {
    method: "POST",
    body: payload,
    headers: {
      "content-type": "application/json",
      "webhook-id": "msg_edge",
      "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
      "webhook-signature": new Webhook(secret).sign("msg_edge", sentAt, signedBody),
    },
  });
}

describe("the README's edge webhook handler", () => {
  it("is the code the core README shows", () => {
    const readme = readFileSync(new URL("../../../../packages/core/README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("**An edge webhook receiver**"));
    const shown = section.slice(section.indexOf("```ts\n") + 6, section.indexOf("\n```\n"));
    const file = readFileSync(new URL("./edge-webhook-handler.ts", import.meta.url), "utf8");
    // The file's own header comment (two lines) is not in the README.
    expect(`${shown}\n`).toBe(file.split("\n").slice(2).join("\n"));
  });

  it("reads the task of a genuine delivery", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const response = await handler.fetch(delivery(body), env);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: "evt_edge", task: "task_edge", status: "succeeded" });
    expect(log).toHaveBeenCalledWith("generation.succeeded task_edge: https://files.rivya.ai/task_edge.mp4");
    log.mockRestore();
  });

  it("refuses a tampered body with 400", async () => {
    const response = await handler.fetch(delivery(body.replace("task_edge", "task_evil"), body), env);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "webhook_signature_invalid" });
  });
});
