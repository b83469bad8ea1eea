import { Hono } from "hono";
import { ApiError } from "../http/api-error.js";
import type { AppEnv } from "../http/app-env.js";
import { idempotent } from "../http/idempotent.js";
import { readJsonBody } from "../http/read-json-body.js";
import { requireScope } from "../http/require-scope.js";
import type { EmulatorState } from "../state/emulator-state.js";
import type { WebhookDispatcher } from "../webhooks/webhook-dispatcher.js";
import { parseWebhookInput } from "../webhooks/webhook-input.js";
import type { WebhookEndpointRecord } from "../webhooks/webhook-records.js";
import { newSigningSecret } from "../webhooks/webhook-signature.js";
import { deliveryView, endpointView } from "../webhooks/webhook-views.js";

const rotationGraceMs = 24 * 60 * 60 * 1000;

/** Webhook endpoints CRUD, rotate-secret, test, deliveries and `GET /webhook-events`. */
export function webhookRoutes(state: EmulatorState, dispatcher: WebhookDispatcher): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const allowLoopback = state.options.allowLoopbackWebhooks ?? false;

  const owned = (accountId: string, id: string): WebhookEndpointRecord => {
    const endpoint = state.webhooks.endpoints.get(id);
    if (!endpoint || endpoint.accountId !== accountId)
      throw new ApiError("not_found", `No webhook endpoint "${id}"`);
    return endpoint;
  };
  const active = (endpoint: WebhookEndpointRecord): WebhookEndpointRecord => {
    if (endpoint.status === "revoked") {
      throw new ApiError(
        "validation_failed",
        `webhook endpoint ${endpoint.id} is revoked (allowed: enabled or disabled endpoints)`,
      );
    }
    return endpoint;
  };

  routes.get("/webhooks", (c) => {
    const accountId = requireScope(c, "webhooks:manage");
    const data = [...state.webhooks.endpoints.values()].filter(
      (endpoint) => endpoint.accountId === accountId,
    );
    return c.json({ object: "list", data: data.map((endpoint) => endpointView(endpoint)) });
  });

  routes.post("/webhooks", async (c) => {
    const accountId = requireScope(c, "webhooks:manage");
    const body = await readJsonBody(c);
    return idempotent(c, state, "POST /webhooks", body, () => {
      const input = parseWebhookInput(body, "create", allowLoopback);
      const now = state.clock.now();
      const endpoint: WebhookEndpointRecord = {
        id: state.newId("whend"),
        accountId,
        name: input.name!,
        url: input.url!,
        eventTypes: input.eventTypes!,
        status: "enabled",
        secret: newSigningSecret(),
        previousSecret: null,
        lastSuccessAt: null,
        lastFailureAt: null,
        failureCount: 0,
        createdAt: now,
        updatedAt: now,
        disabledAt: null,
        revokedAt: null,
      };
      state.webhooks.endpoints.set(endpoint.id, endpoint);
      return { status: 200, body: endpointView(endpoint, true) };
    });
  });

  routes.get("/webhooks/:id", (c) => {
    const accountId = requireScope(c, "webhooks:manage");
    return c.json(endpointView(owned(accountId, c.req.param("id"))));
  });

  routes.patch("/webhooks/:id", async (c) => {
    const accountId = requireScope(c, "webhooks:manage");
    const endpoint = active(owned(accountId, c.req.param("id")));
    const input = parseWebhookInput(await readJsonBody(c), "update", allowLoopback);
    const now = state.clock.now();
    if (input.name !== undefined) endpoint.name = input.name;
    if (input.url !== undefined) endpoint.url = input.url;
    if (input.eventTypes !== undefined) endpoint.eventTypes = input.eventTypes;
    if (input.status !== undefined && input.status !== endpoint.status) {
      endpoint.status = input.status;
      endpoint.disabledAt = input.status === "disabled" ? now : null;
    }
    endpoint.updatedAt = now;
    return c.json(endpointView(endpoint));
  });

  routes.delete("/webhooks/:id", (c) => {
    const accountId = requireScope(c, "webhooks:manage");
    const endpoint = owned(accountId, c.req.param("id"));
    if (endpoint.status !== "revoked") {
      const now = state.clock.now();
      endpoint.status = "revoked";
      endpoint.revokedAt = now;
      endpoint.updatedAt = now;
    }
    return c.json(endpointView(endpoint));
  });

  routes.post("/webhooks/:id/rotate-secret", (c) => {
    const accountId = requireScope(c, "webhooks:manage");
    const endpoint = active(owned(accountId, c.req.param("id")));
    const now = state.clock.now();
    // The old secret keeps signing for a day, so receivers can switch without losing events.
    endpoint.previousSecret = { secret: endpoint.secret, expiresAt: now + rotationGraceMs };
    endpoint.secret = newSigningSecret();
    endpoint.updatedAt = now;
    return c.json(endpointView(endpoint, true));
  });

  routes.get("/webhooks/:id/deliveries", (c) => {
    const accountId = requireScope(c, "webhooks:manage");
    const endpoint = owned(accountId, c.req.param("id"));
    const data = state.webhooks.deliveries
      .filter((delivery) => delivery.endpointId === endpoint.id)
      .reverse();
    return c.json({ object: "list", data: data.map(deliveryView) });
  });

  routes.post("/webhooks/:id/test", async (c) => {
    const accountId = requireScope(c, "webhooks:manage");
    const endpoint = active(owned(accountId, c.req.param("id")));
    const data = { endpoint_id: endpoint.id, message: "A test event from the Rivya emulator" };
    const [delivery] = dispatcher.emit(accountId, "webhook.test", data, endpoint);
    await dispatcher.settled(delivery!);
    return c.json(deliveryView(delivery!));
  });

  routes.get("/webhook-events", (c) => {
    const accountId = requireScope(c, "webhooks:manage");
    const type = c.req.query("type");
    const limitText = c.req.query("limit") ?? "100";
    const limit = Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      throw new ApiError(
        "validation_failed",
        `limit: "${limitText}" is not allowed (allowed: an integer 1–100)`,
      );
    }
    const events = state.webhooks.events
      .filter((event) => event.accountId === accountId && (type === undefined || event.type === type))
      .reverse()
      .slice(0, limit);
    return c.json({ object: "list", data: events.map((event) => JSON.parse(event.body)) });
  });

  return routes;
}
