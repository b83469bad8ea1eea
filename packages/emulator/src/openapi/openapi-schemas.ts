/** JSON Schemas of the objects the emulator answers with (the OpenAPI `components.schemas`). */
const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: "null" }] });
const time = { type: "string", format: "date-time" };
const string = { type: "string" };
const integer = { type: "integer" };

export const openApiSchemas: Record<string, unknown> = {
  Error: {
    type: "object",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["code", "message", "requestId"],
        properties: {
          code: {
            type: "string",
            enum: [
              "api_key_missing",
              "api_key_invalid",
              "api_key_revoked",
              "api_key_expired",
              "api_scope_denied",
              "validation_failed",
              "webhook_url_rejected",
              "not_found",
              "idempotency_conflict",
              "insufficient_credits",
              "rate_limited",
              "public_api_disabled",
            ],
          },
          message: string,
          requestId: string,
        },
      },
    },
  },
  Task: {
    type: "object",
    required: [
      "id",
      "status",
      "model",
      "reserved_credits",
      "final_credits",
      "created_at",
      "updated_at",
      "result",
      "error",
    ],
    properties: {
      id: { type: "string", pattern: "^task_" },
      status: { type: "string", enum: ["queued", "processing", "succeeded", "failed"] },
      model: string,
      reserved_credits: integer,
      final_credits: integer,
      created_at: time,
      updated_at: time,
      result: nullable({
        type: "object",
        properties: {
          primary_url: { type: "string", format: "uri" },
          urls: { type: "array", items: string },
        },
      }),
      error: nullable({ type: "object", properties: { code: string, message: string } }),
      client_request_id: nullable(string),
    },
  },
  CreateGeneration: {
    type: "object",
    required: ["model"],
    additionalProperties: false,
    properties: {
      model: string,
      prompt: string,
      params: { type: "object", description: "Per-model keys (GET /models); select values as strings." },
      client_request_id: { type: "string", maxLength: 128 },
    },
  },
  File: {
    type: "object",
    properties: {
      id: { type: "string", pattern: "^file_" },
      object: { const: "file" },
      kind: { type: "string", enum: ["image", "video", "audio"] },
      name: string,
      mime_type: string,
      size_bytes: integer,
      url: { type: "string", format: "uri" },
      duration_seconds: nullable({ type: "number" }),
      duration_token: nullable(string),
      created_at: time,
      expires_at: time,
    },
  },
  Model: {
    type: "object",
    properties: {
      id: string,
      display_name: string,
      category: { type: "string", enum: ["image", "video", "audio", "chat"] },
      runtime: { const: "async_task" },
      base_credits: integer,
      billing_type: { type: "string", enum: ["FIXED", "METERED"] },
      params: { type: "array", items: { type: "object" } },
      reference_media: nullable({ type: "object" }),
      api_status: string,
    },
  },
  Credits: {
    type: "object",
    required: ["current_credits"],
    properties: { current_credits: { type: "number" } },
  },
  WebhookEndpoint: {
    type: "object",
    properties: {
      id: { type: "string", pattern: "^whend_" },
      object: { const: "webhook_endpoint" },
      name: string,
      url: { type: "string", format: "uri" },
      event_types: {
        type: "array",
        items: { type: "string", enum: ["generation.succeeded", "generation.failed"] },
      },
      status: { type: "string", enum: ["enabled", "disabled", "revoked"] },
      secret_preview: string,
      signing_secret: { type: "string", description: "Only in create and rotate-secret responses." },
      last_success_at: nullable(time),
      last_failure_at: nullable(time),
      failure_count: integer,
      created_at: time,
      updated_at: time,
      disabled_at: nullable(time),
      revoked_at: nullable(time),
    },
  },
  WebhookInput: {
    type: "object",
    properties: {
      name: { type: "string", maxLength: 100 },
      url: { type: "string", format: "uri", description: "HTTPS, public host" },
      event_types: {
        type: "array",
        items: { type: "string", enum: ["generation.succeeded", "generation.failed"] },
      },
      status: { type: "string", enum: ["enabled", "disabled"], description: "PATCH only" },
    },
  },
  WebhookDelivery: {
    type: "object",
    properties: {
      id: { type: "string", pattern: "^whdel_" },
      object: { const: "webhook_delivery" },
      endpoint_id: string,
      event_id: string,
      event_type: string,
      status: { type: "string", enum: ["pending", "succeeded", "failed"] },
      attempt_count: integer,
      attempts: { type: "array", items: { type: "object" } },
      next_attempt_at: nullable(time),
    },
  },
  Event: {
    type: "object",
    required: ["id", "type", "api_version", "created_at", "data"],
    properties: {
      id: { type: "string", pattern: "^evt_" },
      type: string,
      api_version: string,
      created_at: time,
      data: { $ref: "#/components/schemas/Task" },
    },
  },
};
