import { openApiSchemas } from "./openapi-schemas.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown, description = "OK") => ({
  description,
  content: { "application/json": { schema } },
});
const list = (name: string) =>
  json({
    type: "object",
    properties: { object: { const: "list" }, data: { type: "array", items: ref(name) } },
  });
const errors = { default: json(ref("Error"), "Error envelope") };
const idParameter = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });
const idempotencyKey = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  schema: { type: "string", maxLength: 255 },
};
const secured = (scope: string) => ({ security: [{ bearer: [scope] }] });

/** The OpenAPI 3.1 description of what the emulator serves under `/api/v1`. */
export function openApiDocument(serverUrl: string): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: { title: "Rivya Public API v1 (emulator)", version: "2026-05-11" },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "rvya_sk_…" } },
      schemas: openApiSchemas,
    },
    paths: {
      "/models": {
        get: { summary: "List models (public)", security: [], responses: { 200: list("Model"), ...errors } },
      },
      "/generations": {
        post: {
          summary: "Create a generation task",
          ...secured("generations:create"),
          parameters: [idempotencyKey],
          requestBody: {
            required: true,
            content: { "application/json": { schema: ref("CreateGeneration") } },
          },
          responses: { 200: json(ref("Task")), ...errors },
        },
      },
      "/generations/{taskId}": {
        get: {
          summary: "Poll a task",
          ...secured("generations:read"),
          parameters: [idParameter("taskId")],
          responses: { 200: json(ref("Task")), ...errors },
        },
      },
      "/files": {
        post: {
          summary: "Upload a reference file",
          ...secured("files:create"),
          requestBody: {
            required: true,
            content: {
              "multipart/form-data": {
                schema: {
                  type: "object",
                  required: ["file", "kind"],
                  properties: {
                    file: { type: "string", format: "binary" },
                    kind: { type: "string", enum: ["image", "video", "audio"] },
                    model: { type: "string" },
                    client_request_id: { type: "string", maxLength: 128 },
                  },
                },
              },
            },
          },
          responses: { 200: json(ref("File")), ...errors },
        },
      },
      "/files/{fileId}": {
        get: {
          summary: "File metadata",
          ...secured("files:read"),
          parameters: [idParameter("fileId")],
          responses: { 200: json(ref("File")), ...errors },
        },
      },
      "/credits": {
        get: {
          summary: "Current balance",
          ...secured("credits:read"),
          responses: { 200: json(ref("Credits")), ...errors },
        },
      },
      "/webhooks": {
        get: {
          summary: "List endpoints",
          ...secured("webhooks:manage"),
          responses: { 200: list("WebhookEndpoint"), ...errors },
        },
        post: {
          summary: "Create an endpoint",
          ...secured("webhooks:manage"),
          parameters: [idempotencyKey],
          requestBody: { required: true, content: { "application/json": { schema: ref("WebhookInput") } } },
          responses: { 200: json(ref("WebhookEndpoint")), ...errors },
        },
      },
      "/webhooks/{endpointId}": {
        parameters: [idParameter("endpointId")],
        get: {
          summary: "Get an endpoint",
          ...secured("webhooks:manage"),
          responses: { 200: json(ref("WebhookEndpoint")), ...errors },
        },
        patch: {
          summary: "Update an endpoint",
          ...secured("webhooks:manage"),
          requestBody: { required: true, content: { "application/json": { schema: ref("WebhookInput") } } },
          responses: { 200: json(ref("WebhookEndpoint")), ...errors },
        },
        delete: {
          summary: "Revoke an endpoint",
          ...secured("webhooks:manage"),
          responses: { 200: json(ref("WebhookEndpoint")), ...errors },
        },
      },
      "/webhooks/{endpointId}/rotate-secret": {
        post: {
          summary: "New signing secret (shown once)",
          ...secured("webhooks:manage"),
          parameters: [idParameter("endpointId")],
          responses: { 200: json(ref("WebhookEndpoint")), ...errors },
        },
      },
      "/webhooks/{endpointId}/deliveries": {
        get: {
          summary: "Delivery log",
          ...secured("webhooks:manage"),
          parameters: [idParameter("endpointId")],
          responses: { 200: list("WebhookDelivery"), ...errors },
        },
      },
      "/webhooks/{endpointId}/test": {
        post: {
          summary: "Send a test event",
          ...secured("webhooks:manage"),
          parameters: [idParameter("endpointId")],
          responses: { 200: json(ref("WebhookDelivery")), ...errors },
        },
      },
      "/webhook-events": {
        get: {
          summary: "Events of the account",
          ...secured("webhooks:manage"),
          responses: { 200: list("Event"), ...errors },
        },
      },
      "/openapi.json": {
        get: {
          summary: "This document (public)",
          security: [],
          responses: { 200: json({ type: "object" }) },
        },
      },
    },
  };
}
