import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { firstFrameLumaDifference } from "./first-frame.js";
import { PcmPictureReader } from "./h264-pcm-reader.js";
import { emulator, pngDimensions, upload } from "./helpers.js";
import { readMp4 } from "./read-mp4.js";

type Rgb = [number, number, number];
const red: Rgb = [255, 0, 0];
const green: Rgb = [0, 255, 0];
const blue: Rgb = [0, 0, 255];
const white: Rgb = [255, 255, 255];
/** BT.709 limited-range Y, Cb, Cr of the colours above (ITU-R BT.709 tables). */
const yuv709 = new Map<Rgb, Rgb>([
  [red, [63, 102, 240]],
  [green, [173, 42, 26]],
  [blue, [32, 240, 118]],
  [white, [235, 128, 128]],
]);

/** A `width × height` RGBA image of four coloured quadrants (red, green / blue, white). */
function quadrants(width: number, height: number, colours: Rgb[] = [red, green, blue, white]): Buffer {
  const data = Buffer.alloc(width * height * 4, 255);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const colour = colours[(y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1)]!;
      data.set(colour, (y * width + x) * 4);
    }
  }
  return data;
}

function png(width: number, height: number, colours?: Rgb[]): Uint8Array {
  const image = new PNG({ width, height });
  image.data = quadrants(width, height, colours);
  return new Uint8Array(PNG.sync.write(image));
}

async function generate(body: Record<string, unknown>, images: { bytes: Uint8Array; name: string }[] = []) {
  const { api, control } = await emulator();
  const referenceMediaItems = [];
  for (const image of images) {
    const file = await api("POST", "/files", { body: upload("image", image.bytes, image.name) });
    expect(file.status).toBe(200);
    referenceMediaItems.push({ url: file.body.url, kind: "image" });
  }
  const params = { ...(body.params as object), ...(images.length > 0 && { referenceMediaItems }) };
  const task = await api("POST", "/generations", { body: { prompt: "p", ...body, params } });
  expect(task.status).toBe(200);
  await control.advanceTime(900_000);
  const done = await api("GET", `/generations/${task.body.id}`);
  const response = await fetch(done.body.result.primary_url);
  return { taskId: task.body.id as string, response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** The decoded picture after `count` samples of the video track. */
function pictureAfter(bytes: Uint8Array, count?: number): PcmPictureReader {
  const mp4 = readMp4(bytes);
  const track = mp4.info.videoTracks[0]!;
  const reader = new PcmPictureReader(track.video!.width, track.video!.height);
  for (const sample of mp4.samples(track.id).slice(0, count)) reader.decodeSample(sample.bytes);
  return reader;
}

/** The quadrant centres of a `width × height` frame. */
function centres(width: number, height: number): [number, number][] {
  return [
    [width / 4, height / 4],
    [(3 * width) / 4, height / 4],
    [width / 4, (3 * height) / 4],
    [(3 * width) / 4, (3 * height) / 4],
  ];
}

describe("video results honour the request", () => {
  it.each([
    [{ duration: "10", aspect_ratio: "9:16", sound: "true" }, 10, 360, 640, true],
    [{ duration: "3", aspect_ratio: "1:1", mode: "std" }, 3, 240, 240, false],
    [{}, 5, 640, 360, false],
    [{ duration: "15", aspect_ratio: "16:9" }, 15, 640, 360, false],
  ])("kling-3-0 %j: %d s, %d×%d, sound %s", async (params, seconds, width, height, sound) => {
    const { bytes, response } = await generate({ model: "kling-3-0", params });
    expect(response.headers.get("content-type")).toBe("video/mp4");
    const { info } = readMp4(bytes);
    expect(info.duration / info.timescale).toBe(seconds);
    const [video, ...others] = info.videoTracks;
    expect(others).toEqual([]);
    expect(video!.codec).toMatch(/^avc1\.42c0/);
    expect(video!.duration / video!.timescale).toBe(seconds);
    expect([video!.video!.width, video!.video!.height]).toEqual([width, height]);
    expect(video!.nb_samples).toBe(seconds * 24);
    expect(info.audioTracks.length).toBe(sound ? 1 : 0);
    if (sound) {
      const audio = info.audioTracks[0]!;
      expect(audio.codec).toBe("mp4a.40.2");
      expect(audio.duration / audio.timescale).toBe(seconds);
    }
  });

  it("uses each model's tier and default duration, and a steady 24 fps", async () => {
    const turbo = readMp4((await generate({ model: "kling-v2-5-turbo-pro" })).bytes);
    const track = turbo.info.videoTracks[0]!;
    expect([track.video!.width, track.video!.height, track.duration / track.timescale]).toEqual([
      640, 360, 5,
    ]);
    expect(new Set(turbo.samples(track.id).map((sample) => sample.duration))).toEqual(new Set([1000]));
    expect(track.timescale).toBe(24_000);
    const wan = readMp4(
      (
        await generate({
          model: "wan-2-5-video",
          params: { resolution: "720p", aspect_ratio: "16:9", duration: "10" },
        })
      ).bytes,
    );
    const wanTrack = wan.info.videoTracks[0]!;
    expect([wanTrack.video!.width, wanTrack.video!.height]).toEqual([426, 240]);
    expect(wan.info.duration / wan.info.timescale).toBe(10);
    const veo = readMp4((await generate({ model: "veo3-1-lite", params: { aspectRatio: "9:16" } })).bytes);
    expect(veo.info.duration / veo.info.timescale).toBe(8);
    expect(veo.info.audioTracks.length).toBe(1);
  });

  it("starts an image-to-video on the uploaded PNG, scaled to the frame", async () => {
    const { bytes } = await generate({ model: "kling-3-0", params: { aspect_ratio: "16:9" } }, [
      { bytes: png(320, 180), name: "product.png" },
    ]);
    const first = pictureAfter(bytes, 1);
    const colours = [red, green, blue, white];
    centres(640, 360).forEach(([x, y], index) => {
      expect(first.pixel(x, y)).toEqual(yuv709.get(colours[index]!));
    });
    expect(firstFrameLumaDifference(bytes, png(320, 180))).toBeLessThan(1);
    expect(firstFrameLumaDifference(bytes, png(320, 180, [blue, white, red, green]))).toBeGreaterThan(50);
    // Still the same picture at the end (no second image).
    const last = pictureAfter(bytes);
    expect(last.pixel(160, 90)).toEqual(yuv709.get(red));
  });

  it("fits a JPEG of another shape inside the frame (bars left and right) and ends on a second image", async () => {
    const jpegBytes = jpeg.encode({ data: quadrants(200, 200), width: 200, height: 200 }, 95).data;
    const { bytes } = await generate(
      { model: "kling-3-0", params: { aspect_ratio: "16:9", duration: "5" } },
      [
        { bytes: new Uint8Array(jpegBytes), name: "square.jpg" },
        { bytes: png(64, 36, [blue, blue, blue, blue]), name: "last.png" },
      ],
    );
    const first = pictureAfter(bytes, 1);
    const near = (actual: number[], expected: number[]) => {
      for (const [index, value] of actual.entries()) {
        expect(Math.abs(value - expected[index]!)).toBeLessThanOrEqual(6);
      }
    };
    // The 360×360 square sits in the middle of 640×360: quadrant centres at x = 230 and 410.
    near(first.pixel(230, 90), yuv709.get(red)!);
    near(first.pixel(410, 270), yuv709.get(white)!);
    expect(first.pixel(40, 180)).toEqual([16, 128, 128]); // black bar
    const last = pictureAfter(bytes);
    for (const [x, y] of centres(640, 360)) expect(last.pixel(x, y)).toEqual(yuv709.get(blue));
    expect(
      readMp4(bytes)
        .samples(1)
        .filter((sample) => sample.sync).length,
    ).toBe(1);
  });

  it("shows the card when the image cannot be decoded (WebP), and renders again after a reset", async () => {
    const webp = new Uint8Array(64);
    webp.set(new TextEncoder().encode("RIFF"), 0);
    webp.set(new TextEncoder().encode("WEBPVP8 "), 8);
    const { bytes } = await generate({ model: "kling-3-0", params: { duration: "3" } }, [
      { bytes: webp, name: "photo.webp" },
    ]);
    const card = pictureAfter(bytes, 1);
    expect(card.pixel(10, 2)[0]).toBeGreaterThan(200); // the card's colour bars
    const { api, control } = await emulator();
    const ids: string[] = [];
    const durations: number[] = [];
    for (const duration of ["3", "6"]) {
      await control.reset();
      const task = await api("POST", "/generations", {
        body: { model: "kling-3-0", prompt: "p", params: { duration } },
      });
      await control.advanceTime(900_000);
      const done = await api("GET", `/generations/${task.body.id}`);
      const { info } = readMp4(
        new Uint8Array(await (await fetch(done.body.result.primary_url)).arrayBuffer()),
      );
      ids.push(task.body.id);
      durations.push(info.duration / info.timescale);
    }
    expect(ids[0]).toBe(ids[1]); // seeded ids repeat after a reset...
    expect(durations).toEqual([3, 6]); // ...and the second task is not served the first one's video
  });

  it("text-to-video shows the emulator card, whose progress bar fills while it plays", async () => {
    const { bytes, taskId } = await generate({
      model: "kling-v2-5-turbo-pro",
      params: { aspect_ratio: "16:9" },
    });
    expect(taskId).toMatch(/^task_/);
    const first = pictureAfter(bytes, 1);
    const last = pictureAfter(bytes);
    // Progress bar: macroblock row 20 (y = 325..330); empty at the start, filled at the end.
    expect(first.pixel(600, 327)).not.toEqual(last.pixel(600, 327));
    expect(first.pixel(320, 20)).toEqual(last.pixel(320, 20));
    // The colour bars along the top: white on the left, blue on the right.
    expect(first.pixel(10, 2)[0]).toBeGreaterThan(200);
    expect(first.pixel(630, 2)[1]).toBeGreaterThan(200);
  });
});

describe("speed budget", () => {
  it("serves a 15 s image-to-video with sound well under a second (median of 3 fresh renders)", async () => {
    const { api, control } = await emulator();
    const file = await api("POST", "/files", { body: upload("image", png(320, 180), "product.png") });
    const times: number[] = [];
    for (let index = 0; index < 3; index++) {
      const task = await api("POST", "/generations", {
        body: {
          model: "kling-3-0",
          prompt: `budget ${index}`,
          params: {
            duration: "15",
            sound: "true",
            referenceMediaItems: [{ url: file.body.url, kind: "image" }],
          },
        },
      });
      await control.advanceTime(900_000);
      const done = await api("GET", `/generations/${task.body.id}`);
      const started = performance.now();
      const bytes = await (await fetch(done.body.result.primary_url)).arrayBuffer();
      times.push(performance.now() - started);
      expect(bytes.byteLength).toBeGreaterThan(300_000);
    }
    expect(times.sort((a, b) => a - b)[1]).toBeLessThan(1000);
  });
});

describe("image and audio results", () => {
  it.each([
    ["z-image", { aspect_ratio: "9:16" }, 144, 256],
    ["z-image", {}, 256, 256],
    ["nano-banana-pro", { aspect_ratio: "21:9", resolution: "2K" }, 512, 220],
    ["seedream-4-0", { image_size: "portrait_4_3" }, 192, 256],
  ])("%s %j is a %d×%d PNG", async (model, params, width, height) => {
    const { bytes, response } = await generate({ model, params });
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(pngDimensions(bytes)).toEqual({ width, height });
    const decoded = PNG.sync.read(Buffer.from(bytes));
    expect([decoded.width, decoded.height]).toEqual([width, height]);
  });

  it.each([
    ["elevenlabs-sound-effect-v2", { duration_seconds: 7.5 }, 7.5],
    ["elevenlabs-sound-effect-v2", {}, 3],
    ["suno-sounds", {}, 10],
  ])("%s %j is an MP3 of %d s", async (model, params, seconds) => {
    const { bytes, response } = await generate({ model, params });
    expect(response.headers.get("content-type")).toBe("audio/mpeg");
    // Every frame: sync word, MPEG-1 Layer III, 32 kbit/s at 48 kHz = 96 bytes and 24 ms.
    expect(bytes.byteLength % 96).toBe(0);
    for (let at = 0; at < bytes.byteLength; at += 96) {
      expect([bytes[at], bytes[at + 1], bytes[at + 2]]).toEqual([0xff, 0xfb, 0x14]);
    }
    expect((bytes.byteLength / 96) * 0.024).toBeCloseTo(seconds, 1);
  });
});

const ffprobeInstalled = spawnSync("ffprobe", ["-version"]).status === 0;

describe.skipIf(!ffprobeInstalled)("ffprobe and ffmpeg (when installed)", () => {
  it("read an MP3 result's duration and decode it", async () => {
    const { bytes } = await generate({
      model: "elevenlabs-sound-effect-v2",
      params: { duration_seconds: 3 },
    });
    const directory = mkdtempSync(join(tmpdir(), "rivya-emulator-ffprobe-"));
    try {
      const path = join(directory, "result.mp3");
      writeFileSync(path, bytes);
      const probe = spawnSync(
        "ffprobe",
        ["-v", "error", "-show_streams", "-show_format", "-of", "json", path],
        {
          encoding: "utf8",
        },
      );
      const { streams, format } = JSON.parse(probe.stdout);
      expect([streams[0].codec_name, Number(format.duration)]).toEqual(["mp3", 3]);
      const decode = spawnSync("ffmpeg", ["-v", "error", "-xerror", "-i", path, "-f", "null", "-"], {
        encoding: "utf8",
      });
      expect([decode.status, decode.stderr]).toEqual([0, ""]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it("read the same duration, size and tracks, and decode the uploaded image as the first frame", async () => {
    const { bytes } = await generate(
      { model: "kling-3-0", params: { duration: "6", aspect_ratio: "16:9", sound: "true" } },
      [
        { bytes: png(320, 180), name: "product.png" },
        { bytes: png(320, 180, [blue, blue, blue, blue]), name: "last.png" },
      ],
    );
    const directory = mkdtempSync(join(tmpdir(), "rivya-emulator-ffprobe-"));
    try {
      const path = join(directory, "result.mp4");
      writeFileSync(path, bytes);
      const probe = spawnSync(
        "ffprobe",
        ["-v", "error", "-show_streams", "-show_format", "-of", "json", path],
        {
          encoding: "utf8",
        },
      );
      expect(probe.status).toBe(0);
      const { streams, format } = JSON.parse(probe.stdout);
      expect(Number(format.duration)).toBe(6);
      expect(streams.map((stream: { codec_name: string }) => stream.codec_name)).toEqual(["h264", "aac"]);
      expect([
        streams[0].width,
        streams[0].height,
        streams[0].r_frame_rate,
        Number(streams[0].nb_frames),
      ]).toEqual([640, 360, "24/1", 144]);
      expect(Number(streams[1].duration)).toBe(6);
      const check = spawnSync("ffmpeg", ["-v", "error", "-xerror", "-i", path, "-f", "null", "-"], {
        encoding: "utf8",
      });
      expect([check.status, check.stderr]).toEqual([0, ""]);
      const decode = spawnSync("ffmpeg", [
        "-v",
        "error",
        "-i",
        path,
        "-frames:v",
        "1",
        "-f",
        "rawvideo",
        "-pix_fmt",
        "rgb24",
        "-",
      ]);
      expect(decode.status).toBe(0);
      expect(decode.stdout.byteLength).toBe(640 * 360 * 3);
      const colours = [red, green, blue, white];
      centres(640, 360).forEach(([x, y], index) => {
        const at = (y * 640 + x) * 3;
        const pixel = [...decode.stdout.subarray(at, at + 3)];
        for (const [channel, value] of pixel.entries()) {
          expect(Math.abs(value - colours[index]![channel]!)).toBeLessThanOrEqual(4);
        }
      });
      // The last frame is the second image (swept in over P pictures of I_PCM macroblocks).
      const last = spawnSync("ffmpeg", [
        "-v",
        "error",
        "-sseof",
        "-0.05",
        "-i",
        path,
        "-frames:v",
        "1",
        "-f",
        "rawvideo",
        "-pix_fmt",
        "rgb24",
        "-",
      ]);
      expect(last.status).toBe(0);
      for (const [x, y] of centres(640, 360)) {
        const at = (y * 640 + x) * 3;
        expect(
          Math.abs(last.stdout[at + 2]! - 255) + last.stdout[at]! + last.stdout[at + 1]!,
        ).toBeLessThanOrEqual(8);
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
