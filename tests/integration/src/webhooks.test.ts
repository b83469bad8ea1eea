import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { generate, RivyaNotFoundError, RivyaWebhookVerificationError } from "@rivya-kit/core/node";
import type { RunningEmulator } from "@rivya-kit/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fastPolling, startTestEmulator } from "./emulator-client.js";

interface Delivery {
  body: string;
  headers: IncomingHttpHeaders;
}

let emulator: RunningEmulator;
let client: Awaited<ReturnType<typeof startTestEmulator>>["client"];
let receiver: Server;
let hookUrl: string;
const deliveries: Delivery[] = [];

beforeAll(async () => {
  ({ emulator, client } = await startTestEmulator({ allowLoopbackWebhooks: true }));
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      deliveries.push({ body: Buffer.concat(chunks).toString("utf8"), headers: request.headers });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  receiver.close();
  await emulator.close();
});

async function nextDelivery(after: number): Promise<Delivery> {
  for (let waited = 0; waited < 5000; waited += 20) {
    await emulator.control.flush();
    if (deliveries.length > after) return deliveries[after]!;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("no webhook delivery arrived");
}

const headersOf = (delivery: Delivery) => delivery.headers as Record<string, string>;

describe("webhooks against the emulator", () => {
  it("a finished generation is delivered, verified and unwrapped as a typed event; secrets rotate", async () => {
    const endpoint = await client.webhooks.create({
      name: "integration",
      url: hookUrl,
      event_types: ["generation.succeeded", "generation.failed"],
    });
    const secret = endpoint.signing_secret!;
    expect(secret).toMatch(/^whsec_/);
    expect((await client.webhooks.list()).map((item) => item.id)).toContain(endpoint.id);
    expect((await client.webhooks.get(endpoint.id)).signing_secret).toBeUndefined();

    const seen = deliveries.length;
    const result = await generate(client, { model: "kling-3-0", prompt: "A kite over the sea" }, fastPolling);
    const delivery = await nextDelivery(seen);
    const event = await client.webhooks.unwrap(delivery.body, headersOf(delivery), { secret });
    expect(event.type).toBe("generation.succeeded");
    expect(event.data.id).toBe(result.taskId);
    expect(event.data.result?.primary_url).toBe(result.urls[0]);

    const tampered = delivery.body.replace("succeeded", "failed");
    await expect(client.webhooks.verify(tampered, headersOf(delivery), { secret })).rejects.toThrow(
      RivyaWebhookVerificationError,
    );

    const rotated = await client.webhooks.rotateSecret(endpoint.id);
    const newSecret = rotated.signing_secret!;
    expect(newSecret).not.toBe(secret);
    const beforeTest = deliveries.length;
    await client.webhooks.test(endpoint.id);
    const testDelivery = await nextDelivery(beforeTest);
    // During the rotation grace period deliveries carry a signature per secret: a receiver that
    // has already switched to the new secret and one that has not both accept them.
    expect(String(testDelivery.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    for (const accepted of [newSecret, secret, [secret, newSecret]]) {
      expect(
        (await client.webhooks.verify(testDelivery.body, headersOf(testDelivery), { secret: accepted })).id,
      ).toBe(testDelivery.headers["webhook-id"]);
    }
    const stranger = `whsec_${Buffer.from("not-the-endpoint-secret").toString("base64")}`;
    await expect(
      client.webhooks.verify(testDelivery.body, headersOf(testDelivery), { secret: stranger }),
    ).rejects.toThrow(RivyaWebhookVerificationError);

    expect((await client.webhooks.deliveries(endpoint.id)).length).toBeGreaterThanOrEqual(2);
    expect((await client.webhookEvents.list()).some((item) => item.data?.id === result.taskId)).toBe(true);

    const renamed = await client.webhooks.update(endpoint.id, { name: "renamed" });
    expect(renamed.name).toBe("renamed");
    const deleted = await client.webhooks.delete(endpoint.id);
    expect(deleted?.status).toBe("revoked");
    // Deleted endpoints may stay visible as revoked, or disappear: both are fine for a client.
    const after = await client.webhooks.get(endpoint.id).catch((error) => error);
    expect(RivyaNotFoundError.isInstance(after) || after.status === "revoked").toBe(true);
  });
});
