import type { EmulatorState } from "../state/emulator-state.js";
import type { WebhookDeliveryRecord, WebhookEndpointRecord, WebhookEventRecord } from "./webhook-records.js";
import { signWebhook } from "./webhook-signature.js";

export const apiVersion = "2026-05-11";

export interface DispatcherOptions {
  /** Delays after each failed attempt (virtual ms); attempts = delays + 1. */
  retryDelaysMs: readonly number[];
  /** Real ms one attempt may take. */
  timeoutMs: number;
  /** Wall clock for `webhook-timestamp`: receivers compare it with their own clock. */
  wallClock: () => number;
}

/**
 * Creates events and delivers them: POST, JSON, Standard Webhooks signature, no redirects, a
 * short timeout, and retries with growing delays on the virtual clock.
 */
export class WebhookDispatcher {
  private readonly inFlight = new Map<WebhookDeliveryRecord, Promise<void>>();

  constructor(
    private readonly state: EmulatorState,
    private readonly options: DispatcherOptions,
  ) {}

  /** Records an event and queues a delivery to every enabled endpoint subscribed to its type. */
  emit(
    accountId: string,
    type: string,
    data: unknown,
    onlyEndpoint?: WebhookEndpointRecord,
  ): WebhookDeliveryRecord[] {
    const { webhooks, clock, newId } = this.state;
    const now = clock.now();
    const id = newId("evt");
    const envelope = { id, type, api_version: apiVersion, created_at: new Date(now).toISOString(), data };
    const event: WebhookEventRecord = { id, accountId, type, createdAt: now, body: JSON.stringify(envelope) };
    webhooks.events.push(event);
    const targets = onlyEndpoint
      ? [onlyEndpoint]
      : [...webhooks.endpoints.values()].filter(
          (endpoint) =>
            endpoint.accountId === accountId &&
            endpoint.status === "enabled" &&
            endpoint.eventTypes.includes(type),
        );
    const deliveries = targets.map((endpoint) => {
      const delivery: WebhookDeliveryRecord = {
        id: newId("whdel"),
        accountId,
        endpointId: endpoint.id,
        eventId: id,
        eventType: type,
        status: "pending",
        attempts: [],
        nextAttemptAt: now,
        createdAt: now,
        updatedAt: now,
      };
      webhooks.deliveries.push(delivery);
      return delivery;
    });
    this.pump();
    return deliveries;
  }

  /** Starts every attempt that is due and not already running. */
  pump(): void {
    const now = this.state.clock.now();
    for (const delivery of this.state.webhooks.deliveries) {
      if (delivery.status !== "pending" || delivery.nextAttemptAt === null || delivery.nextAttemptAt > now)
        continue;
      if (this.inFlight.has(delivery)) continue;
      const attempt = this.attempt(delivery).finally(() => this.inFlight.delete(delivery));
      this.inFlight.set(delivery, attempt);
    }
  }

  /** Resolves when no due attempt is pending or running. */
  async flush(): Promise<void> {
    for (let round = 0; round < 100; round++) {
      this.pump();
      if (this.inFlight.size === 0) return;
      await Promise.all(this.inFlight.values());
    }
  }

  /** Waits for the attempt of one delivery (used by `POST /webhooks/{id}/test`). */
  async settled(delivery: WebhookDeliveryRecord): Promise<void> {
    this.pump();
    await this.inFlight.get(delivery);
  }

  private async attempt(delivery: WebhookDeliveryRecord): Promise<void> {
    const { webhooks, clock } = this.state;
    const endpoint = webhooks.endpoints.get(delivery.endpointId);
    const event = webhooks.events.find((candidate) => candidate.id === delivery.eventId);
    if (!endpoint || !event) return;
    const number = delivery.attempts.length + 1;
    const attemptedAt = clock.now();
    let responseStatus: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(endpoint.url, {
        method: "POST",
        headers: this.headers(endpoint, event),
        body: event.body,
        redirect: "manual",
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      responseStatus = response.status;
      await response.body?.cancel();
      if (response.status < 200 || response.status > 299) error = `HTTP ${response.status}`;
    } catch (cause) {
      error =
        (cause as Error).name === "TimeoutError"
          ? `timed out after ${this.options.timeoutMs} ms`
          : describe(cause);
    }
    const now = clock.now();
    delivery.attempts.push({ attempt: number, attemptedAt, responseStatus, error });
    delivery.updatedAt = now;
    if (error === null) {
      delivery.status = "succeeded";
      delivery.nextAttemptAt = null;
      endpoint.lastSuccessAt = now;
      endpoint.failureCount = 0;
      return;
    }
    endpoint.lastFailureAt = now;
    endpoint.failureCount++;
    const delay = this.options.retryDelaysMs[number - 1];
    if (delay === undefined) {
      delivery.status = "failed";
      delivery.nextAttemptAt = null;
    } else {
      delivery.nextAttemptAt = now + delay;
    }
  }

  private headers(endpoint: WebhookEndpointRecord, event: WebhookEventRecord): Record<string, string> {
    const timestamp = Math.floor(this.options.wallClock() / 1000);
    const secrets = [endpoint.secret];
    const previous = endpoint.previousSecret;
    if (previous && previous.expiresAt > this.state.clock.now()) secrets.push(previous.secret);
    return {
      "Content-Type": "application/json",
      "User-Agent": "rivya-emulator-webhooks",
      "webhook-id": event.id,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": secrets
        .map((secret) => signWebhook(secret, event.id, timestamp, event.body))
        .join(" "),
    };
  }
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
