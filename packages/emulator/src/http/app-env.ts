import type { HttpBindings } from "@hono/node-server";
import type { ApiKeyRecord } from "../state/account-store.js";
import type { RequestLogEntry } from "../state/request-log.js";

/** Hono environment of the emulator app: Node bindings plus per-request variables. */
export interface AppEnv {
  Bindings: HttpBindings;
  Variables: {
    requestId: string;
    logEntry: RequestLogEntry;
    /** Set by the auth middleware on authenticated routes. */
    apiKey: ApiKeyRecord;
  };
}
