import { Hono } from "hono";
import { creditRoutes } from "../routes/credits.js";
import { fileRoutes } from "../routes/files.js";
import { generationRoutes } from "../routes/generations.js";
import { mediaRoutes } from "../routes/media.js";
import { modelRoutes } from "../routes/models.js";
import type { EmulatorState } from "../state/emulator-state.js";
import { ApiError } from "./api-error.js";
import type { AppEnv } from "./app-env.js";
import { errorResponse } from "./error-response.js";
import { authenticate } from "./middleware/authenticate.js";
import { injectFaults } from "./middleware/inject-faults.js";
import { publicApiSwitch } from "./middleware/public-api-switch.js";
import { rateLimit } from "./middleware/rate-limit.js";
import { requestContext } from "./middleware/request-context.js";

/** Extra route groups mounted beside the API (control API, webhooks). */
export interface AppExtensions {
  api?: Hono<AppEnv>[];
  root?: Hono<AppEnv>[];
}

/** The emulator's Hono app: `/api/v1/…`, `/media/…` and any extensions. */
export function createApp(state: EmulatorState, extensions: AppExtensions = {}): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  api.use(
    "*",
    requestContext(state),
    injectFaults(state),
    publicApiSwitch(state),
    authenticate(state),
    rateLimit(state),
  );
  for (const routes of [
    modelRoutes(),
    generationRoutes(state),
    fileRoutes(state),
    creditRoutes(state),
    ...(extensions.api ?? []),
  ]) {
    api.route("/", routes);
  }
  api.notFound((c) => errorResponse(new ApiError("not_found", `No route ${c.req.method} ${c.req.path}`), c));
  api.onError(errorResponse);

  const app = new Hono<AppEnv>();
  app.route("/api/v1", api);
  app.route("/", mediaRoutes(state));
  for (const routes of extensions.root ?? []) app.route("/", routes);
  app.get("/", (c) =>
    c.json({
      name: "rivya-emulator",
      api: `${new URL(c.req.url).origin}/api/v1`,
      docs: "https://github.com/rivya-kit/rivya-kit/tree/main/packages/emulator#readme",
    }),
  );
  app.notFound((c) => errorResponse(new ApiError("not_found", `No route ${c.req.method} ${c.req.path}`), c));
  app.onError(errorResponse);
  return app;
}
