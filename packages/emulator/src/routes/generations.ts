import { Hono } from "hono";
import { validateGeneration } from "../catalog/validate-generation.js";
import { ApiError } from "../http/api-error.js";
import type { AppEnv } from "../http/app-env.js";
import { idempotent } from "../http/idempotent.js";
import { requestOrigin } from "../http/origin.js";
import { readJsonBody } from "../http/read-json-body.js";
import { requireScope } from "../http/require-scope.js";
import { prerenderTaskResult } from "../media/task-result.js";
import { createTask } from "../state/create-task.js";
import type { EmulatorState } from "../state/emulator-state.js";
import { taskView } from "../state/task-record.js";
import { referenceResolver } from "./reference-resolver.js";

/** `POST /generations` and `GET /generations/{taskId}`. */
export function generationRoutes(state: EmulatorState): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.post("/generations", async (c) => {
    const accountId = requireScope(c, "generations:create");
    const body = await readJsonBody(c);
    return idempotent(c, state, "POST /generations", body, () => {
      const request = validateGeneration(body, referenceResolver(state, accountId));
      const task = createTask(state, accountId, request, requestOrigin(c));
      // The answer shows the task as created. At high speed a few milliseconds of real time (the
      // pre-render's synchronous start, a GC pause on a loaded machine) are seconds of virtual
      // time, which would otherwise age a fresh task past "queued".
      const answer = taskView(task, task.createdAt);
      prerenderTaskResult(state, task);
      return { status: 200, body: answer };
    });
  });

  routes.get("/generations/:taskId", (c) => {
    const accountId = requireScope(c, "generations:read");
    const taskId = c.req.param("taskId");
    const task = state.tasks.get(taskId);
    if (!task || task.accountId !== accountId)
      throw new ApiError("not_found", `No generation task "${taskId}"`);
    return c.json(taskView(task, state.clock.now()));
  });

  return routes;
}
