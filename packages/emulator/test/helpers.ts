import { afterEach } from "vitest";
import { type EmulatorOptions, type RunningEmulator, startEmulator } from "../src/index.js";

const running: RunningEmulator[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
});

/** Starts an emulator closed after the test; `speed: 1` so tests move time with `advanceTime`. */
export async function emulator(options: EmulatorOptions = {}): Promise<RunningEmulator & { api: Api }> {
  const started = await startEmulator({ speed: 1, ...options });
  running.push(started);
  return { ...started, api: createApi(started.url, started.apiKey) };
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON fields
  body: any;
}

export type Api = (
  method: string,
  path: string,
  options?: { body?: unknown; key?: string | null; headers?: Record<string, string> },
) => Promise<ApiResponse>;

export function createApi(url: string, apiKey: string): Api {
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    const key = options.key === undefined ? apiKey : options.key;
    if (key !== null) headers.Authorization = `Bearer ${key}`;
    let body: BodyInit | undefined;
    if (options.body instanceof FormData) body = options.body;
    else if (options.body !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(options.body);
    }
    const response = await fetch(`${url}/api/v1${path}`, { method, headers, ...(body && { body }) });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
  };
}

/** Width and height of the first video track of an MP4 (from `moov/trak/tkhd`). */
export function mp4Dimensions(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const find = (start: number, end: number, type: string): [number, number] | undefined => {
    for (let position = start; position + 8 <= end; ) {
      const size = view.getUint32(position);
      const name = String.fromCharCode(...bytes.subarray(position + 4, position + 8));
      if (name === type) return [position + 8, position + size];
      if (size < 8) return undefined;
      position += size;
    }
    return undefined;
  };
  const moov = find(0, bytes.byteLength, "moov")!;
  const trak = find(moov[0], moov[1], "trak")!;
  const tkhd = find(trak[0], trak[1], "tkhd")!;
  return { width: view.getUint32(tkhd[1] - 8) / 65536, height: view.getUint32(tkhd[1] - 4) / 65536 };
}

/** Width and height of a PNG (IHDR). */
export function pngDimensions(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A WAV file of `seconds` of silence (8 kHz, 8-bit mono). */
export function wav(seconds: number): Uint8Array {
  const dataBytes = Math.round(8000 * seconds);
  const buffer = Buffer.alloc(44 + dataBytes, 0x80);
  buffer.write("RIFF", 0, "latin1");
  buffer.writeUInt32LE(36 + dataBytes, 4);
  buffer.write("WAVEfmt ", 8, "latin1");
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(8000, 24);
  buffer.writeUInt32LE(8000, 28);
  buffer.writeUInt16LE(1, 32);
  buffer.writeUInt16LE(8, 34);
  buffer.write("data", 36, "latin1");
  buffer.writeUInt32LE(dataBytes, 40);
  return new Uint8Array(buffer);
}

export function upload(
  kind: string,
  bytes: Uint8Array,
  name: string,
  extra: Record<string, string> = {},
): FormData {
  const form = new FormData();
  form.set("kind", kind);
  for (const [field, value] of Object.entries(extra)) form.set(field, value);
  form.set("file", new Blob([bytes as BlobPart]), name);
  return form;
}
