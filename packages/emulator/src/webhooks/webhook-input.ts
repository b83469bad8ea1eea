import { ApiError } from "../http/api-error.js";
import { eventTypes } from "./webhook-records.js";
import { checkWebhookUrl } from "./webhook-url-rules.js";

/** The fields of a create (all required) or update (all optional) of a webhook endpoint. */
export interface WebhookInput {
  name?: string;
  url?: string;
  eventTypes?: string[];
  status?: "enabled" | "disabled";
}

const createFields = ["name", "url", "event_types"];
const updateFields = ["name", "url", "event_types", "status"];

/** Checks a `POST /webhooks` or `PATCH /webhooks/{id}` body, naming each bad field. */
export function parseWebhookInput(
  body: unknown,
  mode: "create" | "update",
  allowLoopback: boolean,
): WebhookInput {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ApiError("validation_failed", "body: expected a JSON object {name, url, event_types}");
  }
  const record = body as Record<string, unknown>;
  const allowed = mode === "create" ? createFields : updateFields;
  const unknown = Object.keys(record).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) {
    throw new ApiError(
      "validation_failed",
      `${unknown.join(", ")}: not a field here (allowed: ${allowed.join(", ")})`,
    );
  }
  const input: WebhookInput = {};
  const issues: string[] = [];
  if (record.name !== undefined || mode === "create") {
    if (typeof record.name !== "string" || record.name.trim() === "" || record.name.length > 100) {
      issues.push(`name: ${JSON.stringify(record.name ?? null)} is not allowed (allowed: 1–100 characters)`);
    } else input.name = record.name;
  }
  if (record.event_types !== undefined || mode === "create") {
    const types = record.event_types;
    const valid =
      Array.isArray(types) &&
      types.length > 0 &&
      types.every((type) => (eventTypes as readonly unknown[]).includes(type));
    if (!valid) {
      issues.push(
        `event_types: ${JSON.stringify(types ?? null)} is not allowed (allowed: a non-empty list of ${eventTypes.join(", ")})`,
      );
    } else input.eventTypes = [...new Set(types as string[])];
  }
  if (record.status !== undefined) {
    if (record.status !== "enabled" && record.status !== "disabled") {
      issues.push(`status: ${JSON.stringify(record.status)} is not allowed (allowed: "enabled", "disabled")`);
    } else input.status = record.status;
  }
  if (issues.length > 0) throw new ApiError("validation_failed", issues.join("; "));
  // The URL is checked last: its own code (webhook_url_rejected) only when all else is valid.
  if (record.url !== undefined || mode === "create") input.url = checkWebhookUrl(record.url, allowLoopback);
  return input;
}
