import { Hono } from "hono";
import type { AppEnv } from "../http/app-env.js";
import { requireScope } from "../http/require-scope.js";
import type { EmulatorState } from "../state/emulator-state.js";

/** `GET /credits` → `{current_credits}`. */
export function creditRoutes(state: EmulatorState): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get("/credits", (c) => {
    const accountId = requireScope(c, "credits:read");
    return c.json({ current_credits: state.wallet.balance(accountId) });
  });
  return routes;
}
