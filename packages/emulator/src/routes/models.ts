import { models } from "@rivya-kit/core/catalog";
import { Hono } from "hono";
import { toPublicModel } from "../catalog/public-model.js";
import type { AppEnv } from "../http/app-env.js";

/** `GET /models`: public, the whole catalog in the documented shape. */
export function modelRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  // Built once: the catalog does not change while the emulator runs.
  const body = JSON.stringify({ object: "list", data: models.map(toPublicModel) });
  routes.get("/models", (c) => c.body(body, 200, { "Content-Type": "application/json" }));
  return routes;
}
