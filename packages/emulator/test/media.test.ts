import { describe, expect, it } from "vitest";
import { parseAspectRatio } from "../src/media/aspect-ratio.js";
import { emulator, mp4Dimensions, pngDimensions } from "./helpers.js";
import { readMp4 } from "./read-mp4.js";

async function resultOf(options: { model: string; params?: Record<string, unknown> }) {
  const { api, control } = await emulator();
  const task = await api("POST", "/generations", { body: { prompt: "p", ...options } });
  await control.advanceTime(200_000);
  const done = await api("GET", `/generations/${task.body.id}`);
  const response = await fetch(done.body.result.primary_url);
  return { response, bytes: new Uint8Array(await response.arrayBuffer()), done: done.body };
}

describe("result media", () => {
  it.each([
    ["16:9", 640, 360],
    ["9:16", 360, 640],
    ["1:1", 360, 360],
  ])("serves a real MP4 in the requested aspect ratio %s", async (ratio, width, height) => {
    const { response, bytes } = await resultOf({ model: "kling-3-0", params: { aspect_ratio: ratio } });
    expect(response.headers.get("content-type")).toBe("video/mp4");
    expect(new TextDecoder().decode(bytes.subarray(4, 8))).toBe("ftyp");
    expect(mp4Dimensions(bytes)).toEqual({ width, height });
  });

  it("uses the model's default aspect when none is sent, and reads every ratio spelling", async () => {
    const kling26 = await resultOf({ model: "kling-2-6" });
    expect(mp4Dimensions(kling26.bytes)).toEqual({ width: 360, height: 360 });
    const seedance = await resultOf({
      model: "seedance-1-5-pro",
      params: { aspectRatio: "4:3", resolution: "480p" },
    });
    expect(mp4Dimensions(seedance.bytes)).toEqual({ width: 214, height: 160 });
    expect(parseAspectRatio("5:4")).toBe(1.25);
    expect(parseAspectRatio("21x9")).toBeCloseTo(21 / 9);
    expect(parseAspectRatio("landscape")).toBeCloseTo(16 / 9);
    expect(parseAspectRatio("portrait")).toBeCloseTo(9 / 16);
    expect(parseAspectRatio("portrait_4_3")).toBe(0.75);
    expect(parseAspectRatio("landscape_21_9")).toBeCloseTo(21 / 9);
    expect(parseAspectRatio("auto")).toBeUndefined();
    expect(parseAspectRatio("0:9")).toBeUndefined();
  });

  it("serves PNG images and MP3 audio", async () => {
    const image = await resultOf({ model: "z-image", params: { aspect_ratio: "9:16" } });
    expect(image.response.headers.get("content-type")).toBe("image/png");
    expect(pngDimensions(image.bytes)).toEqual({ width: 144, height: 256 });
    const audio = await resultOf({ model: "suno-sounds" });
    expect(audio.response.headers.get("content-type")).toBe("audio/mpeg");
    expect(audio.bytes.byteLength).toBeGreaterThan(1000);
  });

  it("streams a large result of exactly the requested size that still starts as an MP4", async () => {
    const { response, done } = await resultOf({ model: "kling-3-0" });
    expect(response.status).toBe(200);
    const large = await fetch(`${done.result.primary_url}?size=5000000`);
    expect(large.headers.get("content-length")).toBe("5000000");
    const bytes = new Uint8Array(await large.arrayBuffer());
    expect(bytes.byteLength).toBe(5_000_000);
    expect(new TextDecoder().decode(bytes.subarray(4, 8))).toBe("ftyp");
    expect(mp4Dimensions(bytes)).toEqual({ width: 640, height: 360 });
  });

  it("serves /media/large.mp4 with a size and rejects a size below the MP4 header", async () => {
    const { url } = await emulator();
    const small = await fetch(`${url}/media/large.mp4?size=100`);
    expect(small.status).toBe(400);
    const ok = await fetch(`${url}/media/large.mp4?size=70000&aspect=1:1`);
    expect((await ok.arrayBuffer()).byteLength).toBe(70_000);
  });

  it("has no result before success and expires results after 24 hours", async () => {
    const { api, control } = await emulator();
    const task = await api("POST", "/generations", { body: { model: "z-image", prompt: "p" } });
    const url = (await api("GET", `/generations/${task.body.id}`)).body.result;
    expect(url).toBeNull();
    await control.advanceTime(12_000);
    const done = await api("GET", `/generations/${task.body.id}`);
    expect((await fetch(done.body.result.primary_url)).status).toBe(200);
    await control.advanceTime(24 * 3600 * 1000 + 1);
    expect((await fetch(done.body.result.primary_url)).status).toBe(404);
  });
});

describe("large results by option", () => {
  it("serves every video result at resultSizeBytes, streamed", async () => {
    const { api, control } = await emulator({ resultSizeBytes: 3_000_000 });
    const task = await api("POST", "/generations", { body: { model: "kling-3-0", prompt: "p" } });
    await control.advanceTime(200_000);
    const done = await api("GET", `/generations/${task.body.id}`);
    const response = await fetch(done.body.result.primary_url);
    expect(response.headers.get("content-length")).toBe("3000000");
    expect((await response.arrayBuffer()).byteLength).toBe(3_000_000);
  });

  it("never cuts a result below its own size, and a padded result still reads as the same video", async () => {
    const { api, control } = await emulator({ resultSizeBytes: 100_000 });
    const task = await api("POST", "/generations", {
      body: { model: "kling-3-0", prompt: "p", params: { duration: "12" } },
    });
    await control.advanceTime(200_000);
    const done = await api("GET", `/generations/${task.body.id}`);
    const bytes = new Uint8Array(await (await fetch(done.body.result.primary_url)).arrayBuffer());
    expect(bytes.byteLength).toBeGreaterThan(100_000);
    const padded = new Uint8Array(
      await (await fetch(`${done.body.result.primary_url}?size=2000000`)).arrayBuffer(),
    );
    expect(padded.byteLength).toBe(2_000_000);
    for (const file of [bytes, padded]) {
      const { info } = readMp4(file);
      expect(info.duration / info.timescale).toBe(12);
      expect(info.videoTracks[0]!.nb_samples).toBe(12 * 24);
    }
    const image = await api("POST", "/generations", { body: { model: "z-image", prompt: "p" } });
    await control.advanceTime(200_000);
    const imageDone = await api("GET", `/generations/${image.body.id}`);
    const padImage = await fetch(`${imageDone.body.result.primary_url}?size=2000000`);
    expect(padImage.status).toBe(400);
    expect(await padImage.text()).toContain(
      "size: only video results can be padded to a size; this result is a PNG",
    );
    const tooSmall = await fetch(`${done.body.result.primary_url}?size=1000`);
    expect(tooSmall.status).toBe(400);
    expect(await tooSmall.text()).toContain(`size: must be an integer ≥ ${bytes.byteLength}, got 1000`);
  });
});

describe("byte ranges", () => {
  it("serves single ranges of results, large streams and uploads, and 416 outside them", async () => {
    const { url } = await emulator();
    const size = 1_000_000;
    const whole = new Uint8Array(await (await fetch(`${url}/media/large.mp4?size=${size}`)).arrayBuffer());
    for (const [header, start, end] of [
      ["bytes=0-99", 0, 99],
      ["bytes=2000-", 2000, size - 1],
      ["bytes=-500", size - 500, size - 1],
      ["bytes=100-3999999", 100, size - 1],
    ] as const) {
      const response = await fetch(`${url}/media/large.mp4?size=${size}`, { headers: { Range: header } });
      expect(response.status).toBe(206);
      expect(response.headers.get("content-range")).toBe(`bytes ${start}-${end}/${size}`);
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(whole.subarray(start, end + 1));
    }
    const outside = await fetch(`${url}/media/large.mp4?size=${size}`, {
      headers: { Range: `bytes=${size}-` },
    });
    expect(outside.status).toBe(416);
    expect(outside.headers.get("content-range")).toBe(`bytes */${size}`);
  });

  it("serves ranges of a rendered result that reassemble to the whole file", async () => {
    const { done, bytes } = await resultOf({ model: "kling-3-0", params: { duration: "4" } });
    const parts: Uint8Array[] = [];
    for (let start = 0; start < bytes.byteLength; start += 100_000) {
      const end = Math.min(bytes.byteLength, start + 100_000) - 1;
      const response = await fetch(done.result.primary_url, { headers: { Range: `bytes=${start}-${end}` } });
      expect(response.status).toBe(206);
      expect(response.headers.get("content-range")).toBe(`bytes ${start}-${end}/${bytes.byteLength}`);
      parts.push(new Uint8Array(await response.arrayBuffer()));
    }
    expect(Buffer.concat(parts).equals(Buffer.from(bytes))).toBe(true);
  });
});
