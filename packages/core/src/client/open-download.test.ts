import { describe, expect, it } from "vitest";
import { RivyaDownloadError } from "../errors/rivya-download-error.js";
import type { Transport, TransportResponse } from "../transport/transport.js";
import { openDownload } from "./open-download.js";

function answer(status: number, headers: Record<string, string> = {}): TransportResponse {
  return {
    status,
    headers: { get: (name) => headers[name.toLowerCase()] ?? null },
    text: async () => "",
    body: null,
  };
}

/** A transport that plays `script` in order (an Error entry rejects) and records what it was sent. */
function scripted(script: (TransportResponse | Error)[]) {
  const sent: Record<string, string>[] = [];
  const transport: Transport = async (_url, request) => {
    sent.push(request.headers);
    const next = script.shift();
    if (!next) throw new Error("script exhausted");
    if (next instanceof Error) throw next;
    return next;
  };
  return { transport, sent };
}

function dependencies(transport: Transport, delays: number[], maxRetries?: number) {
  return {
    transport,
    // Backoff sleeps are recorded and skipped; the 60 s request timeout never fires.
    sleep: (ms: number) => {
      if (ms < 60_000) delays.push(ms);
      return ms < 60_000 ? Promise.resolve() : new Promise<void>(() => undefined);
    },
    apiKey: undefined,
    apiOrigin: "",
    userAgent: "test",
    maxRetries,
    random: () => 0,
    now: () => 0,
  };
}

const call = { timeoutMs: 60_000 };

describe("openDownload", () => {
  it("retries a dropped connection and a 503 (honouring Retry-After), with backoff", async () => {
    const hangUp = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    const { transport, sent } = scripted([hangUp, answer(503, { "retry-after": "2" }), answer(200)]);
    const delays: number[] = [];
    const response = await openDownload("https://cdn.test/v.mp4", call, dependencies(transport, delays));
    expect(response.status).toBe(200);
    expect(sent).toHaveLength(3);
    expect(delays).toEqual([500, 2000]);
  });

  it("passes extra headers (Range) on every attempt", async () => {
    const { transport, sent } = scripted([answer(502), answer(206)]);
    await openDownload(
      "https://cdn.test/v.mp4",
      { ...call, headers: { range: "bytes=10-" } },
      dependencies(transport, []),
    );
    expect(sent.map((headers) => headers["range"])).toEqual(["bytes=10-", "bytes=10-"]);
  });

  it("gives up after maxRetries with a RivyaDownloadError, and never retries a 404", async () => {
    const failing = scripted([answer(500), answer(500), answer(500)]);
    const error = await openDownload(
      "https://cdn.test/v.mp4",
      call,
      dependencies(failing.transport, [], 1),
    ).catch((e) => e);
    expect(RivyaDownloadError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: "download_failed", status: 500 });
    expect(failing.sent).toHaveLength(2);
    const missing = scripted([answer(404), answer(200)]);
    await expect(
      openDownload("https://cdn.test/v.mp4", call, dependencies(missing.transport, [])),
    ).rejects.toMatchObject({
      status: 404,
    });
    expect(missing.sent).toHaveLength(1);
  });
});
