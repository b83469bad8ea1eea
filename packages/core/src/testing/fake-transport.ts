// Test support (not exported): a scripted transport and a fake-timer sleep for unit tests.
import type { Sleep } from "../transport/sleep.js";
import type { Transport, TransportRequest, TransportResponse } from "../transport/transport.js";

/** A canned answer: an HTTP response, an error to throw (connection failure), or a function of the request. */
export type ScriptedAnswer =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { throws: unknown }
  | { hang: true }
  | ((request: RecordedRequest) => ScriptedAnswer | Promise<ScriptedAnswer>);

/** A request the fake transport received. */
export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: TransportRequest["body"];
  json: unknown;
  signal: AbortSignal | undefined;
}

/** Builds a response object like fetch's. */
export function response(
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
): TransportResponse {
  const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
  const lower = Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
  return {
    status,
    headers: { get: (name: string) => lower[name.toLowerCase()] ?? null },
    text: async () => text,
    body: new Blob([text]).stream(),
  };
}

/**
 * A transport answering from a script, one entry per request in order (the last repeats), and
 * recording every request.
 */
export function scriptedTransport(script: ScriptedAnswer[]): Transport & { requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const transport = async (url: string, request: TransportRequest): Promise<TransportResponse> => {
    const recorded: RecordedRequest = {
      url,
      method: request.method,
      headers: request.headers,
      body: request.body,
      json: typeof request.body === "string" ? JSON.parse(request.body) : undefined,
      signal: request.signal,
    };
    requests.push(recorded);
    let answer = script[Math.min(requests.length - 1, script.length - 1)]!;
    while (typeof answer === "function") answer = await answer(recorded);
    if ("throws" in answer) throw answer.throws;
    if ("hang" in answer) {
      return new Promise<TransportResponse>((_resolve, reject) => {
        request.signal?.addEventListener("abort", () => reject(request.signal?.reason), { once: true });
      });
    }
    return response(answer.status, answer.body, answer.headers);
  };
  return Object.assign(transport, { requests });
}

/** A sleep on `setTimeout` (faked by vitest in tests), rejecting on abort. */
export const timerSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/** A task object as the API returns it. */
export function taskFixture(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "task_1",
    status: "queued",
    model: "kling-3-0",
    reserved_credits: 90,
    final_credits: 0,
    created_at: "2026-05-11T00:00:00Z",
    updated_at: "2026-05-11T00:00:00Z",
    result: null,
    error: null,
    ...overrides,
  };
}
