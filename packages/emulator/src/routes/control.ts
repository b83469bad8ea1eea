import { Hono } from "hono";
import type { EmulatorControl } from "../control/emulator-control.js";
import type { FaultSpec } from "../faults/fault-spec.js";
import { ApiError } from "../http/api-error.js";
import type { AppEnv } from "../http/app-env.js";
import { readJsonBody } from "../http/read-json-body.js";
import type { SeedAccountOptions } from "../state/account-store.js";

function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ApiError("validation_failed", "body: expected a JSON object");
  }
  return body as Record<string, unknown>;
}

/** The control API over HTTP under `/__emulator/` (the same operations as `emulator.control`). */
export function controlRoutes(control: EmulatorControl): Hono<AppEnv> {
  const routes = new Hono<AppEnv>().basePath("/__emulator");
  const time = () => ({ now: control.now(), iso: new Date(control.now()).toISOString() });

  routes.post("/reset", (c) => {
    control.reset();
    return c.json({ ok: true });
  });
  routes.post("/accounts", async (c) =>
    c.json(control.seedAccount(objectBody(await readJsonBody(c)) as SeedAccountOptions)),
  );
  routes.get("/accounts/:accountId", (c) => {
    const accountId = c.req.param("accountId");
    try {
      return c.json({ id: accountId, credits: control.balance(accountId) });
    } catch {
      throw new ApiError("not_found", `No account "${accountId}"`);
    }
  });
  routes.get("/time", (c) => c.json(time()));
  routes.post("/time", async (c) => {
    const body = objectBody(await readJsonBody(c));
    if (body.speed !== undefined) control.setSpeed(Number(body.speed));
    if (body.advanceMs !== undefined) await control.advanceTime(Number(body.advanceMs));
    return c.json(time());
  });
  routes.post("/flush", async (c) => {
    await control.flush();
    return c.json({ ok: true });
  });
  routes.get("/faults", (c) => c.json({ object: "list", data: control.faults() }));
  routes.post("/faults", async (c) =>
    c.json(control.injectFault(objectBody(await readJsonBody(c)) as unknown as FaultSpec)),
  );
  routes.delete("/faults", (c) => {
    control.clearFaults();
    return c.json({ ok: true });
  });
  routes.post("/public-api", async (c) => {
    const { disabled } = objectBody(await readJsonBody(c));
    if (typeof disabled !== "boolean")
      throw new ApiError("validation_failed", "disabled: must be true or false");
    control.setPublicApiDisabled(disabled);
    return c.json({ disabled });
  });
  routes.get("/requests", (c) => {
    const method = c.req.query("method");
    const path = c.req.query("path");
    return c.json({
      object: "list",
      data: control.requests({ ...(method && { method }), ...(path && { path }) }),
    });
  });
  routes.get("/tasks", (c) => c.json({ object: "list", data: control.tasks() }));
  routes.get("/charges", (c) => c.json({ object: "list", data: control.charges() }));
  routes.get("/deliveries", (c) => c.json({ object: "list", data: control.deliveries() }));
  return routes;
}
