// End to end in a real n8n 2.41.1 (installed by the test itself with `npm ci` when missing) against
// the emulator. Never skipped: when n8n cannot be installed or started, the test fails.
import { readFileSync } from "node:fs";
import { type RunningEmulator, startEmulator } from "@rivya-kit/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { N8nHome } from "../../e2e/n8n-home";
import { staticData } from "../../e2e/n8n-rest";
import { ensureN8nInstalled } from "../../e2e/n8n-runtime";
import { N8nServer } from "../../e2e/n8n-server";
import { signedDelivery } from "../../e2e/signed-delivery";
import {
  batch,
  failingGeneration,
  imageToVideo,
  invalidParams,
  triggerWebhookId,
  triggerWorkflow,
} from "../../e2e/workflows";
import { nodeOutput, runError } from "./run-data";

const timings: Record<string, number> = {};
const good = { id: "rivyaEmulatorGood", name: "Rivya (emulator)" };
const bad = { id: "rivyaEmulatorBad", name: "Rivya (wrong key)" };
let emulator: RunningEmulator;
let home: N8nHome;

/** Polls `check` every 250 ms until it holds; fails with `details()` after `withinMs`. */
async function waitFor(
  check: () => Promise<boolean>,
  withinMs: number,
  details: () => string,
): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${withinMs} ms:\n${details().slice(-4000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  return run().finally(() => {
    timings[label] = Date.now() - started;
  });
}

beforeAll(async () => {
  const install = await timed("install n8n (npm ci; 0 when current)", () =>
    ensureN8nInstalled((line) => console.log(`[e2e] ${line}`)),
  );
  if (!install.installed) timings["install n8n (npm ci; 0 when current)"] = 0;
  emulator = await startEmulator({ speed: 60, rateLimit: false, allowLoopbackWebhooks: true });
  // The package as n8n loads it, built from the current source into the n8n user folder.
  home = await N8nHome.create();
  await timed("first import (migrations)", () =>
    home.importCredentials([
      { ...good, type: "rivyaApi", data: { apiKey: emulator.apiKey, baseUrl: emulator.url } },
      { ...bad, type: "rivyaApi", data: { apiKey: "rvya_sk_not_a_real_key", baseUrl: emulator.url } },
    ]),
  );
});

afterAll(async () => {
  await emulator?.close();
  home?.remove();
  console.log("[e2e] timings (ms):", JSON.stringify(timings, null, 2));
});

describe("real n8n 2.41.1", () => {
  it("(1) Generate kling-3-0 from a binary reference image: waits, downloads an MP4, reports credits", async () => {
    const png = readFileSync(new URL("../fixtures/reference.png", import.meta.url)).toString("base64");
    const workflow = imageToVideo(good, png);
    await home.importWorkflow(workflow);
    const result = await timed("(1) image to video", () => home.execute(workflow.id));
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const [item] = nodeOutput(result, "Rivya");
    expect(item?.json).toMatchObject({ status: "succeeded", model: "kling-3-0", credits: 90 });
    expect(item?.json.referenceUrls).toHaveLength(1);
    expect(item?.binary?.data).toMatchObject({ mimeType: "video/mp4", fileExtension: "mp4" });
    expect(Number(item?.binary?.data?.bytes)).toBeGreaterThan(1000);
    expect(emulator.control.tasks()).toHaveLength(1);
    expect(emulator.control.balance()).toBe(10_000 - 90);
  });

  it("(2) several items at once with kling-v2-5-turbo-pro: all succeed, concurrently, no duplicate task", async () => {
    emulator.control.reset();
    const prompts = ["A red kite", "A blue boat", "A green field", "A yellow taxi"];
    const workflow = batch(good, prompts, 4);
    await home.importWorkflow(workflow);
    const result = await timed("(2) batch of 4", () => home.execute(workflow.id));
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const items = nodeOutput(result, "Rivya");
    expect(items.map((item) => item.json.status)).toEqual([
      "succeeded",
      "succeeded",
      "succeeded",
      "succeeded",
    ]);
    expect(items.map((item) => item.pairedItem)).toEqual(prompts.map((_, index) => ({ item: index })));
    const tasks = emulator.control.tasks();
    expect(tasks).toHaveLength(4);
    expect(new Set(items.map((item) => item.json.taskId))).toEqual(new Set(tasks.map((task) => task.id)));
    // Concurrency: every task was created before the first result was downloaded.
    const firstDownload = Math.min(
      ...emulator.control
        .requests({ method: "GET" })
        .filter((entry) => entry.path.startsWith("/media/results/"))
        .map((entry) => entry.at),
    );
    expect(tasks.filter((task) => task.createdAt < firstDownload)).toHaveLength(4);
    expect(emulator.control.balance()).toBe(10_000 - 4 * 42);
  });

  it("(3) a failed generation under continue-on-fail becomes an error item with the task ID", async () => {
    emulator.control.reset();
    emulator.control.injectFault({ kind: "task_failure", model: "kling-3-0", message: "content policy" });
    const workflow = failingGeneration(good);
    await home.importWorkflow(workflow);
    const result = await timed("(3) failing generation", () => home.execute(workflow.id));
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const [item] = nodeOutput(result, "Rivya");
    const [task] = emulator.control.tasks();
    expect(item?.json).toMatchObject({ code: "generation_failed", taskId: task?.id });
    expect(String(item?.json.error)).toContain("content policy");
    expect(emulator.control.balance()).toBe(10_000);
  });

  it("(4) invalid params fail the node with a clear error and spend nothing", async () => {
    emulator.control.reset();
    const workflow = invalidParams(good);
    await home.importWorkflow(workflow);
    const result = await timed("(4) invalid params", () => home.execute(workflow.id));
    expect(result.code, result.stdout + result.stderr).toBe(1);
    const error = runError(result.run, result.stdout);
    expect(error).toMatch(/params\.duration/);
    expect(error).toMatch(/"20"/);
    expect(emulator.control.requests({ method: "POST" })).toHaveLength(0);
    expect(emulator.control.tasks()).toHaveLength(0);
    expect(emulator.control.balance()).toBe(10_000);
  });

  it("the README's example workflow (examples/generate-video.json) runs as published", async () => {
    emulator.control.reset();
    const text = readFileSync(new URL("../../examples/generate-video.json", import.meta.url), "utf8")
      .replaceAll("REPLACE_WITH_YOUR_CREDENTIAL_ID", good.id)
      .replaceAll('"Rivya account"', JSON.stringify(good.name));
    const workflow = { ...(JSON.parse(text) as object), id: "e2eExample", active: false };
    await home.importWorkflow(workflow);
    const result = await timed("example workflow", () => home.execute(workflow.id));
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const [item] = nodeOutput(result, "Generate video");
    expect(item?.json).toMatchObject({ status: "succeeded", model: "kling-3-0", credits: 90 });
    expect(item?.binary?.data?.mimeType).toBe("video/mp4");
  });

  describe("n8n start", () => {
    let server: N8nServer;
    beforeAll(async () => {
      // Imported before the server starts: the CLI and the server must not share the database.
      await home.importWorkflow(triggerWorkflow(good));
      server = await timed("n8n start + owner setup", () => N8nServer.start(home));
    });
    afterAll(async () => {
      await server?.stop();
    });

    it("(5) the credentials test passes with a good key and fails clearly with a bad one", async () => {
      const ok = await timed("(5) credentials test (good)", () =>
        server.testCredentials({
          ...good,
          type: "rivyaApi",
          data: { apiKey: emulator.apiKey, baseUrl: emulator.url },
        }),
      );
      expect(ok.status, ok.message).toBe("OK");
      const refused = await server.testCredentials({
        ...bad,
        type: "rivyaApi",
        data: { apiKey: "rvya_sk_not_a_real_key", baseUrl: emulator.url },
      });
      expect(refused.status).toBe("Error");
      expect(refused.message).toMatch(/Rivya refused the API key \(401\)/);
      // Both tests really called GET /api/v1/credits (n8n may repeat a refused test request).
      const statuses = emulator.control
        .requests({ method: "GET", path: "/api/v1/credits" })
        .map((entry) => entry.status);
      expect(statuses[0]).toBe(200);
      expect(statuses.length).toBeGreaterThanOrEqual(2);
      expect(statuses.slice(1).every((status) => status === 401)).toBe(true);
    });

    it("(6) the Rivya Trigger registers on activation, runs on a signed delivery, refuses a forged one, deregisters", async () => {
      emulator.control.reset();
      const headers = { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" };
      const endpoints = async () =>
        (
          (await (await fetch(`${emulator.url}/api/v1/webhooks`, { headers })).json()) as {
            data: { id: string; url: string; status?: string; revoked_at?: string | null }[];
          }
        ).data;
      const workflow = (await server.request("GET", "/rest/workflows/e2eTrigger")) as {
        data: { versionId: string };
      };
      await timed("(6) activate", () =>
        server.request("POST", "/rest/workflows/e2eTrigger/activate", { versionId: workflow.data.versionId }),
      );
      // n8n registers the trigger's webhooks in the background after answering.
      await timed("(6) endpoint registered", () =>
        waitFor(
          async () => (await endpoints()).length > 0,
          120_000,
          () => server.output(),
        ),
      );
      const hookUrl = `${server.url}/webhook/${triggerWebhookId}/webhook`;
      expect((await endpoints()).map((endpoint) => endpoint.url)).toEqual([hookUrl]);

      const executions = async () =>
        (
          (await server.request(
            "GET",
            `/rest/executions?filter=${encodeURIComponent('{"workflowId":"e2eTrigger"}')}`,
          )) as {
            data: { results: { id: string; status: string }[] };
          }
        ).data.results;
      const created = (await (
        await fetch(`${emulator.url}/api/v1/generations`, {
          method: "POST",
          headers,
          body: JSON.stringify({ model: "kling-3-0", prompt: "For the trigger" }),
        })
      ).json()) as { id: string };
      await emulator.control.advanceTime(200_000);
      await emulator.control.flush();
      const finished = async () =>
        (await executions()).filter((run) => run.status !== "new" && run.status !== "running");
      await timed("(6) delivery → finished execution", () =>
        waitFor(
          async () => (await finished()).length > 0,
          120_000,
          () => server.output(),
        ),
      );
      const runs = await executions();
      expect(runs.map((run) => run.status)).toEqual(["success"]);
      expect(created.id).toMatch(/^task_/);

      const forged = await fetch(hookUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "webhook-id": "evt_forged",
          "webhook-timestamp": String(Math.floor(Date.now() / 1000)),
          "webhook-signature": "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        },
        body: JSON.stringify({ id: "evt_forged", type: "generation.succeeded", data: { id: created.id } }),
      });
      expect(forged.status).toBe(401);
      expect(server.output()).toMatch(/Rivya Trigger refused a delivery \(401\): no v1 signature matches/);
      expect(await executions()).toHaveLength(1);

      // The same signed delivery sent twice (a Rivya retry, a replay) runs the workflow once.
      const { signingSecret } = (await staticData(server, "e2eTrigger"))["node:Rivya Trigger"] as {
        signingSecret: string;
      };
      const task = await (
        await fetch(`${emulator.url}/api/v1/generations/${created.id}`, { headers })
      ).json();
      const { headers: signed, body } = await signedDelivery(signingSecret, "msg_twice", task);
      const first = await fetch(hookUrl, { method: "POST", headers: signed, body });
      const second = await fetch(hookUrl, { method: "POST", headers: signed, body });
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(await second.json()).toMatchObject({ duplicate: true });
      await waitFor(
        async () => (await finished()).length === 2,
        120_000,
        () => server.output(),
      );
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(await executions()).toHaveLength(2);

      await timed("(6) deactivate", () =>
        server.request("POST", "/rest/workflows/e2eTrigger/deactivate", {}),
      );
      // Deregistered: the endpoint is gone or revoked (deactivation, too, completes in the background).
      const live = async () =>
        (await endpoints()).filter((endpoint) => !endpoint.revoked_at && endpoint.status !== "revoked");
      await timed("(6) endpoint deleted", () =>
        waitFor(
          async () => (await live()).length === 0,
          120_000,
          () => server.output(),
        ),
      );
    });
  });
});
