import type { WebhookEndpoint } from "@rivya-kit/core";
import type { Command } from "commander";
import { connectionOf } from "../config/connection-of.js";
import { createClient } from "../config/create-client.js";
import { formatTable } from "../output/format.js";
import { createReporter } from "../output/reporter.js";
import { collect } from "../parsing/collect.js";
import { registerWebhooksVerifyCommand } from "./webhooks-verify.js";

function endpointLines(endpoint: WebhookEndpoint): string[] {
  const lines = [
    `${endpoint.id}  ${endpoint.name}  ${endpoint.url}`,
    `  events: ${endpoint.event_types.join(", ")}  status: ${endpoint.status ?? "?"}`,
  ];
  if (endpoint.signing_secret) {
    lines.push(`  signing secret (shown only now, store it): ${endpoint.signing_secret}`);
  }
  return lines;
}

/** `rivya webhooks list|create|delete|rotate-secret|test|verify`. */
export function registerWebhooksCommand(program: Command): void {
  const webhooks = program
    .command("webhooks")
    .description("Manage webhook endpoints and verify saved deliveries")
    .addHelpText(
      "after",
      `
Examples:
  $ rivya webhooks list
  $ rivya webhooks create --url https://example.com/rivya --name prod
  $ rivya webhooks rotate-secret we_123
  $ rivya webhooks verify --body delivery.json -H "webhook-id: evt_1" -H "webhook-timestamp: 1763700000" \\
      -H "webhook-signature: v1,..." --secret whsec_...`,
    );

  webhooks
    .command("list")
    .description("List the webhook endpoints")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExamples:\n  $ rivya webhooks list\n  $ rivya webhooks list --json")
    .action(async (flags: { json?: boolean }, self: Command) => {
      const endpoints = await createClient(connectionOf(self)).webhooks.list();
      const rows = [["ID", "NAME", "URL", "EVENTS", "STATUS"]].concat(
        endpoints.map((endpoint) => [
          endpoint.id,
          endpoint.name,
          endpoint.url,
          endpoint.event_types.join(","),
          endpoint.status ?? "",
        ]),
      );
      createReporter(flags.json).result(
        endpoints.length > 0 ? formatTable(rows) : ["No webhook endpoints."],
        endpoints,
      );
    });

  webhooks
    .command("create")
    .description("Register an endpoint (public https URL); prints its signing secret once")
    .requiredOption("--url <url>", "the https URL Rivya POSTs events to")
    .option("--name <name>", "a name for the endpoint", "rivya-cli")
    .option(
      "--event <type>",
      "event type (repeatable; default: generation.succeeded and generation.failed)",
      collect,
    )
    .option("--json", "print JSON")
    .addHelpText(
      "after",
      "\nExamples:\n  $ rivya webhooks create --url https://example.com/hooks/rivya --name prod --event generation.succeeded",
    )
    .action(async (flags: { url: string; name: string; event?: string[]; json?: boolean }, self: Command) => {
      const endpoint = await createClient(connectionOf(self)).webhooks.create({
        url: flags.url,
        name: flags.name,
        event_types: flags.event ?? ["generation.succeeded", "generation.failed"],
      });
      createReporter(flags.json).result(endpointLines(endpoint), endpoint);
    });

  webhooks
    .command("delete")
    .description("Revoke an endpoint")
    .argument("<endpoint-id>")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExamples:\n  $ rivya webhooks delete we_123")
    .action(async (id: string, flags: { json?: boolean }, self: Command) => {
      const endpoint = await createClient(connectionOf(self)).webhooks.delete(id);
      createReporter(flags.json).result([`Revoked ${id}.`], endpoint ?? { id, revoked: true });
    });

  webhooks
    .command("rotate-secret")
    .description("Issue a new signing secret (the old one keeps signing for 24 h)")
    .argument("<endpoint-id>")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExamples:\n  $ rivya webhooks rotate-secret we_123")
    .action(async (id: string, flags: { json?: boolean }, self: Command) => {
      const endpoint = await createClient(connectionOf(self)).webhooks.rotateSecret(id);
      createReporter(flags.json).result(endpointLines(endpoint), endpoint);
    });

  webhooks
    .command("test")
    .description("Send a webhook.test event to an endpoint")
    .argument("<endpoint-id>")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExamples:\n  $ rivya webhooks test we_123")
    .action(async (id: string, flags: { json?: boolean }, self: Command) => {
      const delivery = await createClient(connectionOf(self)).webhooks.test(id);
      createReporter(flags.json).result([`Test event sent to ${id}.`, JSON.stringify(delivery)], delivery);
    });

  registerWebhooksVerifyCommand(webhooks);
}
