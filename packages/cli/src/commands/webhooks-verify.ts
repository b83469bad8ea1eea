import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { connectionOf } from "../config/connection-of.js";
import { createClient } from "../config/create-client.js";
import { CliUsageError } from "../errors/cli-usage-error.js";
import { createReporter } from "../output/reporter.js";
import { collect } from "../parsing/collect.js";

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

/** `rivya webhooks verify`: checks a saved delivery's signature with the core's verification. */
export function registerWebhooksVerifyCommand(webhooks: Command): void {
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
      async (
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
        const verified = await createClient(connectionOf(self)).webhooks.verify(body, headers, {
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
