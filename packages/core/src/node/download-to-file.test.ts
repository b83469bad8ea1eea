import { readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RivyaDownloadError } from "../errors/rivya-download-error.js";
import { RivyaTimeoutError } from "../errors/rivya-timeout-error.js";
import { createRivyaClient } from "./create-rivya-client.js";
import { downloadToFile } from "./download-to-file.js";
import { nodeSleep } from "./node-sleep.js";

const mp4 = readFileSync(new URL("../../test/fixtures/blue.mp4", import.meta.url));
const apiKey = "rvya_sk_download_test";

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

async function serve(handler: Handler): Promise<{ server: Server; origin: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const seen: { host: string; path: string; authorization: string | undefined }[] = [];
let api: { server: Server; origin: string };
let cdn: { server: Server; origin: string };
let directory: string;

function record(origin: string, request: IncomingMessage): void {
  seen.push({ host: origin, path: request.url ?? "", authorization: request.headers.authorization });
}

beforeAll(async () => {
  cdn = await serve((request, response) => {
    record("cdn", request);
    if (request.url === "/video.mp4") response.writeHead(200, { "content-type": "video/mp4" }).end(mp4);
    else if (request.url === "/stall") {
      // Headers and the first bytes, then silence.
      response.writeHead(200, { "content-length": String(mp4.length) });
      response.write(mp4.subarray(0, 100));
    } else if (request.url?.startsWith("/drop")) {
      dropServe(request, response);
    } else if (request.url === "/page")
      response.writeHead(200, { "content-type": "video/mp4" }).end(`<html>${"x".repeat(100)}</html>`);
    else response.writeHead(404).end();
  });
  api = await serve((request, response) => {
    record("api", request);
    if (request.url === "/results/own.mp4") response.writeHead(200).end(mp4);
    else if (request.url === "/results/redirect")
      response.writeHead(302, { location: `${cdn.origin}/video.mp4` }).end();
    else response.writeHead(404).end();
  });
});
afterAll(() => {
  api.server.closeAllConnections();
  cdn.server.closeAllConnections();
  api.server.close();
  cdn.server.close();
});
beforeEach(async () => {
  seen.length = 0;
  ranges.length = 0;
  drops = 0;
  directory = await mkdtemp(join(tmpdir(), "rivya-download-"));
  return () => rm(directory, { recursive: true, force: true });
});

const client = () => createRivyaClient({ apiKey, baseUrl: api.origin, logLevel: "off" });

// `/drop…` answers: the connection drops after `half` bytes on the first `drops` requests;
// `/drop-norange` ignores Range (sends the whole body again), `/drop-nothing` drops before any answer.
const half = Math.floor(mp4.length / 2);
let drops = 0;
const ranges: (string | undefined)[] = [];
function dropServe(request: IncomingMessage, response: ServerResponse): void {
  ranges.push(request.headers.range);
  const dropping = drops > 0;
  drops--;
  if (dropping && request.url === "/drop-nothing") {
    request.socket.destroy();
    return;
  }
  const range =
    request.url === "/drop-norange" ? undefined : /^bytes=(\d+)-$/.exec(request.headers.range ?? "");
  const start = range ? Number(range[1]) : 0;
  const headers = { "content-length": String(mp4.length - start), etag: '"blue-1"' };
  if (range)
    response.writeHead(206, {
      ...headers,
      "content-range": `bytes ${start}-${mp4.length - 1}/${mp4.length}`,
    });
  else response.writeHead(200, headers);
  if (!dropping) {
    response.end(mp4.subarray(start));
    return;
  }
  response.write(mp4.subarray(start, half));
  // Drop once the client has saved the first half, so where it resumes is known.
  void partFileReaches(half).then(() => request.socket.destroy());
}

async function partFileReaches(bytes: number): Promise<void> {
  // Bounded (5 s) so that a failing test cannot leave this loop running.
  for (let check = 0; check < 2500; check++) {
    const part = (await readdir(directory).catch(() => [])).find((name) => name.endsWith(".part"));
    if (part && (await stat(join(directory, part)).catch(() => undefined))?.size === bytes) return;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** A client whose backoff sleeps are recorded and skipped (its 60 s request timeouts stay real). */
function instantRetryClient(delays: number[]) {
  return createRivyaClient({
    apiKey,
    baseUrl: api.origin,
    logLevel: "off",
    sleep: (ms, signal) => {
      if (ms >= 60_000) return nodeSleep(ms, signal);
      delays.push(ms);
      return Promise.resolve();
    },
  });
}

describe("downloadToFile", () => {
  it("streams to the destination and sends the key only to the API's own origin", async () => {
    const own = await downloadToFile(`${api.origin}/results/own.mp4`, join(directory, "own.mp4"), {
      client: client(),
    });
    expect(own).toMatchObject({ sizeBytes: mp4.length, mimeType: "video/mp4" });
    expect(await readFile(own.path)).toEqual(mp4);
    await downloadToFile(`${cdn.origin}/video.mp4`, join(directory, "cdn.mp4"), { client: client() });
    expect(seen).toEqual([
      { host: "api", path: "/results/own.mp4", authorization: `Bearer ${apiKey}` },
      { host: "cdn", path: "/video.mp4", authorization: undefined },
    ]);
  });

  it("drops the key when the API redirects to another origin", async () => {
    const file = await downloadToFile(`${api.origin}/results/redirect`, `${directory}/`, {
      client: client(),
      fileName: "task_1",
    });
    expect(file.path).toBe(join(directory, "task_1.mp4"));
    expect(seen.map((entry) => [entry.host, entry.authorization])).toEqual([
      ["api", `Bearer ${apiKey}`],
      ["cdn", undefined],
    ]);
  });

  it("refuses content that is not media (an HTML page) and leaves nothing behind", async () => {
    const error = await downloadToFile(`${cdn.origin}/page`, join(directory, "out.mp4")).catch((e) => e);
    expect(RivyaDownloadError.isInstance(error)).toBe(true);
    expect(error.code).toBe("download_unexpected_type");
    expect(await readdir(directory)).toEqual([]);
  });

  it("refuses bodies over maxBytes and HTTP errors, leaving nothing behind", async () => {
    const tooLarge = await downloadToFile(`${cdn.origin}/video.mp4`, join(directory, "a.mp4"), {
      maxBytes: 100,
    }).catch((e) => e);
    expect(tooLarge.code).toBe("download_too_large");
    const missing = await downloadToFile(`${cdn.origin}/nope`, join(directory, "b.mp4")).catch((e) => e);
    expect(missing).toMatchObject({ code: "download_failed", status: 404 });
    expect(await readdir(directory)).toEqual([]);
  });

  it("never replaces an existing file unless overwrite is set", async () => {
    const target = join(directory, "keep.mp4");
    await writeFile(target, "precious");
    const error = await downloadToFile(`${cdn.origin}/video.mp4`, target).catch((e) => e);
    expect(error.code).toBe("download_exists");
    expect(await readFile(target, "utf8")).toBe("precious");
    await downloadToFile(`${cdn.origin}/video.mp4`, target, { overwrite: true });
    expect(await readFile(target)).toEqual(mp4);
    expect(await readdir(directory)).toEqual(["keep.mp4"]);
  });

  it("abandons a download that stalls, leaving nothing behind", async () => {
    const error = await downloadToFile(`${cdn.origin}/stall`, join(directory, "s.mp4"), {
      idleTimeoutMs: 200,
    }).catch((e) => e);
    expect(RivyaTimeoutError.isInstance(error)).toBe(true);
    expect(error.code).toBe("download_stalled");
    expect(await readdir(directory)).toEqual([]);
  });

  it("resumes a body whose connection drops from the bytes already written (Range, If-Range)", async () => {
    drops = 1;
    const delays: number[] = [];
    const progress: number[] = [];
    const file = await downloadToFile(`${cdn.origin}/drop`, join(directory, "r.mp4"), {
      client: instantRetryClient(delays),
      onProgress: ({ receivedBytes }) => progress.push(receivedBytes),
    });
    expect(await readFile(file.path)).toEqual(mp4);
    expect(file.sizeBytes).toBe(mp4.length);
    expect(ranges).toEqual([undefined, `bytes=${half}-`]);
    expect(delays).toHaveLength(1);
    expect(progress.at(-1)).toBe(mp4.length);
    expect(await readdir(directory)).toEqual(["r.mp4"]);
  });

  it("starts over when the server answers a resume with the whole body", async () => {
    drops = 1;
    const file = await downloadToFile(`${cdn.origin}/drop-norange`, join(directory, "n.mp4"), {
      client: instantRetryClient([]),
    });
    expect(await readFile(file.path)).toEqual(mp4);
    expect(ranges).toEqual([undefined, `bytes=${half}-`]);
  });

  it("opens again when the connection drops before any answer", async () => {
    drops = 1;
    const file = await downloadToFile(`${cdn.origin}/drop-nothing`, join(directory, "o.mp4"), {
      client: instantRetryClient([]),
    });
    expect(await readFile(file.path)).toEqual(mp4);
    expect(ranges).toEqual([undefined, undefined]);
  });

  it("gives up after maxResumes with a RivyaDownloadError, leaving nothing behind", async () => {
    drops = 10;
    const delays: number[] = [];
    const error = await downloadToFile(`${cdn.origin}/drop`, join(directory, "g.mp4"), {
      client: instantRetryClient(delays),
      maxResumes: 2,
    }).catch((e) => e);
    expect(RivyaDownloadError.isInstance(error)).toBe(true);
    expect(error.code).toBe("download_failed");
    expect(ranges).toEqual([undefined, `bytes=${half}-`, `bytes=${half}-`]);
    expect(delays).toHaveLength(2);
    expect(await readdir(directory)).toEqual([]);
  });
});
