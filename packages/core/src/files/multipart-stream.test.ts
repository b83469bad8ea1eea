import { describe, expect, it } from "vitest";
import { createMultipartStream } from "./multipart-stream.js";

async function* chunks(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield new TextEncoder().encode(part);
}

describe("createMultipartStream", () => {
  it("encodes fields and a streamed file that a standard parser reads back", async () => {
    const { body, contentType } = createMultipartStream(
      { kind: "image", model: "kling-3-0", skipped: undefined },
      { field: "file", name: 'evil"\r\nname.png', contentType: "image/png", content: chunks("abc", "def") },
      () => 0.5,
    );
    expect(contentType).toMatch(/^multipart\/form-data; boundary=----rivya-kit-/);
    const form = await new Response(body, { headers: { "content-type": contentType } }).formData();
    expect(form.get("kind")).toBe("image");
    expect(form.get("model")).toBe("kling-3-0");
    expect(form.has("skipped")).toBe(false);
    const file = form.get("file") as File;
    expect(await file.text()).toBe("abcdef");
    // Quotes and line breaks are escaped as the HTML spec says (%22, %0D, %0A): they cannot break
    // out of the header, and a standard parser restores the original name.
    expect(file.name).toBe('evil"\r\nname.png');
    expect(file.type).toBe("image/png");
  });

  it("pulls the file lazily: nothing is read before the consumer asks", async () => {
    let pulled = 0;
    async function* counting(): AsyncGenerator<Uint8Array> {
      for (let index = 0; index < 100; index++) {
        pulled++;
        yield new Uint8Array(1024);
      }
    }
    const { body } = createMultipartStream(
      {},
      { field: "file", name: "x", contentType: "video/mp4", content: counting() },
      Math.random,
    );
    const reader = body.getReader();
    await reader.read();
    await reader.read();
    expect(pulled).toBeLessThanOrEqual(2);
    await reader.cancel();
  });
});
