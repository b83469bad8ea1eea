import type { UploadSource } from "@rivya-kit/core";
import type { IExecuteFunctions } from "n8n-workflow";

/**
 * An input item's binary field as an upload source for the core: streamed from n8n's binary
 * storage when it lives there (reopenable, so a retried upload reads it again), or the inline
 * bytes. The type is sniffed by the core from the content, not taken from the file name.
 */
export function binarySource(
  context: IExecuteFunctions,
  itemIndex: number,
  propertyName: string,
): UploadSource {
  const binary = context.helpers.assertBinaryData(itemIndex, propertyName);
  const name = binary.fileName ?? propertyName;
  const sizeBytes = typeof binary.bytes === "number" ? binary.bytes : undefined;
  if (binary.id) {
    const id = binary.id;
    return {
      name,
      sizeBytes,
      reopenable: true,
      open: () => streamOf(context, id),
    };
  }
  const bytes = Buffer.from(binary.data, "base64");
  return { name, sizeBytes: bytes.length, reopenable: true, open: () => once(bytes) };
}

async function* streamOf(context: IExecuteFunctions, binaryId: string): AsyncIterable<Uint8Array> {
  const stream = (await context.helpers.getBinaryStream(binaryId)) as AsyncIterable<Uint8Array>;
  yield* stream;
}

async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}
