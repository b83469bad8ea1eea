// n8n's binary data in filesystem mode: `prepareBinaryData` streams to a file and returns an
// IBinaryData with an `id`; `getBinaryStream` reads it back; `assertBinaryData` checks the field.
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { IBinaryData } from "n8n-workflow";

export class BinaryStore {
  readonly folder: string = mkdtempSync(join(tmpdir(), "rivya-n8n-binary-"));
  private next = 0;
  /** Largest single chunk seen while storing: shows the data arrived as a stream. */
  largestChunk = 0;

  async prepare(data: Buffer | Readable, fileName?: string, mimeType?: string): Promise<IBinaryData> {
    const id = `filesystem-v2:${++this.next}`;
    const path = this.pathOf(id);
    const source = Buffer.isBuffer(data) ? Readable.from([data]) : data;
    const measure = async function* (this: BinaryStore, input: AsyncIterable<Buffer>) {
      for await (const chunk of input) {
        this.largestChunk = Math.max(this.largestChunk, chunk.length);
        yield chunk;
      }
    }.bind(this);
    await pipeline(source, measure, createWriteStream(path));
    const bytes = statSync(path).size;
    return {
      id,
      data: "filesystem-v2",
      mimeType: mimeType ?? "application/octet-stream",
      ...(fileName ? { fileName } : {}),
      bytes,
      fileSize: `${bytes} B`,
    };
  }

  async store(bytes: Buffer, fileName: string, mimeType: string): Promise<IBinaryData> {
    return this.prepare(bytes, fileName, mimeType);
  }

  stream(id: string): Readable {
    return createReadStream(this.pathOf(id));
  }

  remove(): void {
    rmSync(this.folder, { recursive: true, force: true });
  }

  private pathOf(id: string): string {
    return join(this.folder, id.replace(/[^a-z0-9-]/gi, "_"));
  }
}
