import type { Context } from "hono";
import { ApiError } from "./api-error.js";
import type { AppEnv } from "./app-env.js";

/** Parses the JSON body, or `validation_failed` naming what is wrong with it. */
export async function readJsonBody(c: Context<AppEnv>): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === "") throw new ApiError("validation_failed", "body: empty; expected a JSON object");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError("validation_failed", `body: not valid JSON (${(error as Error).message})`);
  }
}
