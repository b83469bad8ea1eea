import { describe, expect, it } from "vitest";
import { h264VideoTrack } from "../src/media/h264-video-track.js";
import { mp4File } from "../src/media/mp4-file.js";
import { pngFile } from "../src/media/png-file.js";
import { solidImage } from "../src/media/rgb-image.js";
import { toYuvFrame } from "../src/media/yuv-frame.js";
import { emulator, upload, wav } from "./helpers.js";

const png = pngFile(solidImage(160, 90, [200, 40, 40]));
const first = toYuvFrame(solidImage(90, 160, [40, 40, 200]));
const mp4 = mp4File([h264VideoTrack({ width: 90, height: 160, fps: 24, seconds: 1, first })]);

describe("files", () => {
  it("stores an image, detects its type from content and serves it back at its url", async () => {
    const { api } = await emulator();
    const response = await api("POST", "/files", {
      body: upload("image", png, "photo.bin", { client_request_id: "c-1" }),
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: expect.stringMatching(/^file_/),
      object: "file",
      kind: "image",
      name: "photo.bin",
      mime_type: "image/png",
      size_bytes: png.byteLength,
      duration_seconds: null,
      duration_token: null,
      client_request_id: "c-1",
    });
    expect(Date.parse(response.body.expires_at) - Date.parse(response.body.created_at)).toBe(
      24 * 3600 * 1000,
    );
    const served = await fetch(response.body.url);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png);
    const metadata = await api("GET", `/files/${response.body.id}`);
    expect(metadata.body).toEqual(response.body);
  });

  it("reports duration_seconds and a duration_token for video and audio", async () => {
    const { api } = await emulator();
    const video = await api("POST", "/files", { body: upload("video", mp4, "clip.mp4") });
    expect(video.body).toMatchObject({
      mime_type: "video/mp4",
      duration_seconds: 1,
      duration_token: expect.stringMatching(/^dtok_/),
    });
    const audio = await api("POST", "/files", { body: upload("audio", wav(2.5), "voice.wav") });
    expect(audio.body).toMatchObject({ mime_type: "audio/wav", duration_seconds: 2.5 });
  });

  it.each([
    ["a PNG declared as video", upload("video", png, "clip.mp4"), "image/png"],
    [
      "unknown content",
      upload("image", new TextEncoder().encode("hello world, not an image"), "a.png"),
      "unrecognised",
    ],
    [
      "a missing kind",
      (() => {
        const form = new FormData();
        form.set("file", new Blob([png as BlobPart]), "a.png");
        return form;
      })(),
      "kind",
    ],
    ["a bad kind", upload("document", png, "a.png"), "document"],
    [
      "no file part",
      (() => {
        const form = new FormData();
        form.set("kind", "image");
        return form;
      })(),
      "file: required",
    ],
    [
      "a model that takes no video",
      upload("video", mp4, "clip.mp4", { model: "kling-3-0" }),
      "does not accept video",
    ],
    ["an unknown model", upload("image", png, "a.png", { model: "nope" }), "nope"],
    [
      "a long client_request_id",
      upload("image", png, "a.png", { client_request_id: "x".repeat(129) }),
      "128",
    ],
  ])("rejects %s with validation_failed", async (_case, form, named) => {
    const { api } = await emulator();
    const response = await api("POST", "/files", { body: form });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("validation_failed");
    expect(response.body.error.message).toContain(named);
  });

  it("enforces the default size limit while streaming", async () => {
    const { api } = await emulator();
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(png);
    const response = await api("POST", "/files", { body: upload("image", big, "big.png") });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain("10485760");
  });

  it("applies a model's own size limit when the upload names the model", async () => {
    const { api } = await emulator();
    const video = new Uint8Array(10 * 1024 * 1024 + 1);
    video.set(mp4);
    const forModel = await api("POST", "/files", {
      body: upload("video", video, "v.mp4", { model: "wan-2-6" }),
    });
    expect(forModel.status).toBe(400);
    expect(forModel.body.error.message).toContain("wan-2-6's limit for video is 10485760 bytes");
    const general = await api("POST", "/files", { body: upload("video", video, "v.mp4") });
    expect(general.status).toBe(200);
    expect(general.body.size_bytes).toBe(video.byteLength);
  });

  it("rejects a body that is not multipart", async () => {
    const { api } = await emulator();
    const response = await api("POST", "/files", { body: { kind: "image" } });
    expect(response.body.error.message).toContain("multipart/form-data");
  });

  it("hides files of other accounts", async () => {
    const { api, control } = await emulator();
    const other = control.seedAccount({});
    const file = await api("POST", "/files", { body: upload("image", png, "a.png") });
    expect((await api("GET", `/files/${file.body.id}`, { key: other.apiKey })).body.error.code).toBe(
      "not_found",
    );
  });

  it("accepts referenceMediaItems pointing at the account's own uploads only", async () => {
    const { api, control } = await emulator();
    const other = control.seedAccount({});
    const file = await api("POST", "/files", {
      body: upload("image", png, "first-frame.png", { model: "kling-3-0" }),
    });
    const item = { url: file.body.url, kind: "image" };
    const body = { model: "kling-3-0", prompt: "animate", params: { referenceMediaItems: [item] } };
    expect((await api("POST", "/generations", { body })).status).toBe(200);

    const foreign = await api("POST", "/generations", { body, key: other.apiKey });
    expect(foreign.body.error.message).toContain("referenceMediaItems[0].url");

    const wrongKind = { ...body, params: { referenceMediaItems: [{ ...item, kind: "video" }] } };
    expect((await api("POST", "/generations", { body: wrongKind })).status).toBe(400);

    const tooMany = { ...body, params: { referenceMediaItems: [item, item, item] } };
    expect((await api("POST", "/generations", { body: tooMany })).body.error.message).toContain("at most 2");
  });

  it("checks a given durationToken against the uploaded file", async () => {
    const { api } = await emulator();
    const file = await api("POST", "/files", {
      body: upload("video", mp4, "clip.mp4", { model: "wan-2-6" }),
    });
    const item = {
      url: file.body.url,
      kind: "video",
      durationToken: file.body.duration_token,
      durationSeconds: 1,
    };
    const body = { model: "wan-2-6", prompt: "extend", params: { referenceMediaItems: [item] } };
    expect((await api("POST", "/generations", { body })).status).toBe(200);
    const forged = { ...body, params: { referenceMediaItems: [{ ...item, durationToken: "dtok_forged" }] } };
    expect((await api("POST", "/generations", { body: forged })).body.error.message).toContain(
      "durationToken",
    );
  });

  it("expires files after 24 hours", async () => {
    const { api, control } = await emulator();
    const file = await api("POST", "/files", { body: upload("image", png, "a.png") });
    await control.advanceTime(24 * 3600 * 1000);
    expect((await fetch(file.body.url)).status).toBe(404);
  });
});
