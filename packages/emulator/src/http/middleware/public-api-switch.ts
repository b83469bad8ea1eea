import type { MiddlewareHandler } from "hono";
import type { EmulatorState } from "../../state/emulator-state.js";
import { ApiError } from "../api-error.js";
import type { AppEnv } from "../app-env.js";

/** `public_api_disabled` 503 while the control API has switched the public API off. */
export function publicApiSwitch(state: EmulatorState): MiddlewareHandler<AppEnv> {
  return async (_c, next) => {
    if (state.publicApiDisabled) {
      throw new ApiError(
        "public_api_disabled",
        "The Rivya public API is temporarily disabled; try again later",
      );
    }
    await next();
  };
}
