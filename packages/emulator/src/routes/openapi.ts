import { Hono } from "hono";
import type { AppEnv } from "../http/app-env.js";
import { requestOrigin } from "../http/origin.js";
import { openApiDocument } from "../openapi/openapi-document.js";

/** `GET /openapi.json`: public. */
export function openApiRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get("/openapi.json", (c) => c.json(openApiDocument(`${requestOrigin(c)}/api/v1`)));
  return routes;
}
