import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createRivyaClient } from "../client/create-rivya-client.js";
import { RivyaConnectionError } from "../errors/rivya-connection-error.js";
import { RivyaError } from "../errors/rivya-error.js";
import { RivyaValidationError } from "../errors/rivya-validation-error.js";
import {
  type RecordedRequest,
  type ScriptedAnswer,
  scriptedTransport,
  timerSleep,
} from "../testing/fake-transport.js";
import type { UploadSource } from "./file-input.js";

const png = new Uint8Array(readFileSync(new URL("../../test/fixtures/red.png", import.meta.url)));
const mp4 = new Uint8Array(readFileSync(new URL("../../test/fixtures/blue.mp4", import.meta.url)));
const fileAnswer = { status: 200, body: { id: "file_1", kind: "image", url: "https://files.test/1" } };

async function parsed(request: RecordedRequest): Promise<FormData> {
  return new Response(request.body as ReadableStream, {
    headers: { "content-type": request.headers["content-type"]! },
  }).formData();
}

function clientWith(script: ScriptedAnswer[]) {
  const transport = scriptedTransport(script);
  const client = createRivyaClient({
    apiKey: "rvya_sk_x",
    fetch: transport,
    // Retry delays pass at once; the (long) per-request timeout runs on a real, cancelled timer.
    sleep: (ms, signal) => (ms >= 60_000 ? timerSleep(ms, signal) : Promise.resolve()),
    maxRetries: 2,
  });
  return { client, transport };
}

describe("files.upload", () => {
  it("streams a valid multipart body with the sniffed type, whatever the name says", async () => {
    const forms: FormData[] = [];
    const { client, transport } = clientWith([
      async (request) => {
        forms.push(await parsed(request));
        return fileAnswer;
      },
    ]);
    const file = await client.files.upload({
      file: png,
      name: "photo.jpg",
      model: "kling-3-0",
      clientRequestId: "r1",
    });
    expect(file.id).toBe("file_1");
    expect(transport.requests[0]!.body).toBeInstanceOf(ReadableStream);
    const form = forms[0]!;
    expect(form.get("kind")).toBe("image");
    expect(form.get("model")).toBe("kling-3-0");
    expect(form.get("client_request_id")).toBe("r1");
    const sent = form.get("file") as File;
    expect(sent.type).toBe("image/png");
    expect(sent.name).toBe("photo.jpg");
    expect(new Uint8Array(await sent.arrayBuffer())).toEqual(png);
  });

  it("accepts a Node stream and a web stream, sent once (no retry of a one-shot stream)", async () => {
    const { client, transport } = clientWith([{ throws: new TypeError("socket hang up") }, fileAnswer]);
    const error = await client.files
      .upload({ file: Readable.from([png.subarray(0, 10), png.subarray(10)]) })
      .catch((e) => e);
    expect(RivyaConnectionError.isInstance(error)).toBe(true);
    expect(transport.requests).toHaveLength(1);

    const forms: FormData[] = [];
    const second = clientWith([
      async (request) => {
        forms.push(await parsed(request));
        return fileAnswer;
      },
    ]);
    await second.client.files.upload({ file: new Blob([png]).stream() });
    expect(new Uint8Array(await (forms[0]!.get("file") as File).arrayBuffer())).toEqual(png);
  });

  it("re-reads a reopenable source on retry, sending the whole file each time", async () => {
    const bodies: string[] = [];
    const { client, transport } = clientWith([
      async (request) => {
        bodies.push(await new Response(request.body as ReadableStream).text());
        return bodies.length === 1 ? { status: 503 } : fileAnswer;
      },
    ]);
    await client.files.upload({ file: new Blob([png]) });
    expect(transport.requests).toHaveLength(2);
    expect(bodies[1]!.length).toBe(bodies[0]!.length);
    expect(bodies[0]).toContain("IHDR");
  });

  it("checks the model's limits before reading the file or sending anything", async () => {
    const { client, transport } = clientWith([fileAnswer]);
    let opened = 0;
    const huge: UploadSource = {
      name: "huge.png",
      sizeBytes: 11 * 1024 * 1024,
      reopenable: true,
      open: () => {
        opened++;
        return new Blob([png]).stream();
      },
    };
    const tooLarge = await client.files.upload({ file: huge, model: "kling-3-0" }).catch((e) => e);
    expect(RivyaValidationError.isInstance(tooLarge)).toBe(true);
    expect(tooLarge.message).toMatch(/too large/);
    const wrongKind = await client.files.upload({ file: mp4, model: "kling-3-0" }).catch((e) => e);
    expect(RivyaValidationError.isInstance(wrongKind)).toBe(true);
    const unknown = await client.files
      .upload({ file: new TextEncoder().encode("<html>hello</html>") })
      .catch((e) => e);
    expect(RivyaValidationError.isInstance(unknown)).toBe(true);
    expect(unknown.message).toContain("could not be recognised");
    expect(unknown.message).toContain("the Files API accepts image/jpeg, image/png, image/webp up to 10 MB;");
    const unknownWithKind = await client.files
      .upload({ file: new TextEncoder().encode("<html>hello</html>"), kind: "image", model: "kling-3-0" })
      .catch((e) => e);
    expect(unknownWithKind.message).toContain(
      "could not be recognised (kling-3-0 accepts image/jpeg, image/png, image/webp up to 10 MB)",
    );
    expect(transport.requests).toHaveLength(0);
    expect(opened).toBeLessThanOrEqual(1);
  });

  it("explains that { path } needs the Node entry when no file opener is configured", async () => {
    const { client } = clientWith([fileAnswer]);
    const error = await client.files.upload({ file: { path: "a.png" } }).catch((e) => e);
    expect(RivyaError.isInstance(error)).toBe(true);
    expect(error.message).toContain("@rivya-kit/core/node");
  });
});
