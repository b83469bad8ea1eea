import { readFileSync } from "node:fs";
import type { WebhookEndpoint } from "@rivya-kit/core";
import type { Command } from "commander";
import { connectionOf } from "../config/connection-of.js";
import { createClient } from "../config/create-client.js";
import { CliUsageError } from "../errors/cli-usage-error.js";
import { formatTable } from "../output/format.js";
import { createReporter } from "../output/reporter.js";

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

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

function readFile(path: string, flag: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new CliUsageError(
      `${flag}: cannot read ${path} (${error instanceof Error ? error.message : String(error)})`,
      flag,
    );
  }
}

function readBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new CliUsageError(
      `--body: cannot read ${path} (${error instanceof Error ? error.message : String(error)})`,
      "--body",
    );
  }
}

/** `-H "webhook-id: msg_1"` lines and/or a `--headers` JSON file, as one record. */
function readHeaders(lines: string[], file: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (file !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFile(file, "--headers"));
    } catch (error) {
      if (CliUsageError.isInstance(error)) throw error;
      throw new CliUsageError(
        `--headers: ${file} is not a JSON object of header names to values`,
        "--headers",
      );
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw new CliUsageError(
        `--headers: ${file} is not a JSON object of header names to values`,
        "--headers",
      );
    }
    for (const [name, value] of Object.entries(parsed)) headers[name.toLowerCase()] = String(value);
  }
  for (const line of lines) {
    const colon = line.indexOf(":");
    if (colon <= 0) throw new CliUsageError(`--header: "${line}" is not "name: value"`, "--header");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
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

  webhooks
    .command("verify")
    .description("Check a saved delivery's signature (Standard Webhooks), offline")
    .requiredOption("--body <file>", "the raw request body, byte for byte")
    .option("-H, --header <name: value>", "a request header (repeatable)", collect, [])
    .option("--headers <file>", "the request headers as a JSON object")
    .option(
      "--secret <whsec>",
      "signing secret (repeatable during a rotation; default: $RIVYA_WEBHOOK_SECRET)",
      collect,
    )
    .option("--tolerance <seconds>", "accepted clock skew of webhook-timestamp", "300")
    .option("--json", "print JSON")
    .addHelpText(
      "after",
      `
Examples:
  $ rivya webhooks verify --body body.json --headers headers.json --secret whsec_...
  $ RIVYA_WEBHOOK_SECRET=whsec_... rivya webhooks verify --body body.json -H "webhook-id: evt_1" \\
      -H "webhook-timestamp: 1763700000" -H "webhook-signature: v1,..." --tolerance 999999999`,
    )
    .action(
      (
        flags: {
          body: string;
          header: string[];
          headers?: string;
          secret?: string[];
          tolerance: string;
          json?: boolean;
        },
        self: Command,
      ) => {
        const secrets =
          flags.secret ?? (process.env["RIVYA_WEBHOOK_SECRET"] ? [process.env["RIVYA_WEBHOOK_SECRET"]] : []);
        if (secrets.length === 0) {
          throw new CliUsageError(
            "--secret: a signing secret is required (or set RIVYA_WEBHOOK_SECRET)",
            "--secret",
          );
        }
        const tolerance = Number(flags.tolerance);
        if (!Number.isFinite(tolerance) || tolerance < 0) {
          throw new CliUsageError(
            `--tolerance: "${flags.tolerance}" is not a number of seconds ≥ 0`,
            "--tolerance",
          );
        }
        const body = readBytes(flags.body);
        const headers = readHeaders(flags.header, flags.headers);
        const verified = createClient(connectionOf(self)).webhooks.verify(body, headers, {
          secret: secrets,
          toleranceSeconds: tolerance,
        });
        createReporter(flags.json).result(
          [
            `Valid signature: event ${verified.id}, sent ${new Date(verified.timestamp * 1000).toISOString()}.`,
          ],
          { valid: true, ...verified },
        );
      },
    );
}
