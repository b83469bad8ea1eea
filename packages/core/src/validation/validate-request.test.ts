import { describe, expect, it } from "vitest";
import { RivyaValidationError } from "../errors/rivya-validation-error.js";
import type { GenerationRequest } from "./generation-request.js";
import { validateRequest } from "./validate-request.js";

const megabyte = 1024 * 1024;
const png = (name: string, sizeBytes = 2 * megabyte) => ({ mimeType: "image/png", sizeBytes, name });

function messageOf(request: unknown): string {
  try {
    validateRequest(request as GenerationRequest);
  } catch (error) {
    if (RivyaValidationError.isInstance(error)) return error.message;
    throw error;
  }
  throw new Error("expected the request to be refused");
}

describe("valid requests", () => {
  it.each([
    {
      name: "kling-3-0, the documented minimal request",
      request: { model: "kling-3-0", prompt: "A red fox running through fresh snow" },
      body: { model: "kling-3-0", prompt: "A red fox running through fresh snow" },
    },
    {
      name: "kling-3-0 with two reference images and params",
      request: {
        model: "kling-3-0",
        prompt: "The fox turns to the camera",
        params: { mode: "std", duration: "10", aspect_ratio: "9:16", sound: "true" },
        references: [png("start.png"), { kind: "image", mimeType: "image/jpeg", sizeBytes: 10 * megabyte }],
      },
      body: {
        model: "kling-3-0",
        prompt: "The fox turns to the camera",
        params: { mode: "std", duration: "10", aspect_ratio: "9:16", sound: "true" },
      },
    },
    {
      name: "kling-v2-5-turbo-pro, the documented minimal request",
      request: { model: "kling-v2-5-turbo-pro", prompt: "Waves at dusk" },
      body: { model: "kling-v2-5-turbo-pro", prompt: "Waves at dusk" },
    },
    {
      name: "kling-v2-5-turbo-pro with a first and a last frame already uploaded",
      request: {
        model: "kling-v2-5-turbo-pro",
        prompt: "Morph from day to night",
        params: {
          duration: "10",
          cfg_scale: 0.7,
          negative_prompt: "blur",
          referenceMediaItems: [
            { url: "https://files.rivya.ai/a.png", kind: "image", mimeType: "image/png" },
            { url: "https://files.rivya.ai/b.webp", kind: "image", name: "last.webp" },
          ],
        },
      },
      body: {
        model: "kling-v2-5-turbo-pro",
        prompt: "Morph from day to night",
        params: {
          duration: "10",
          cfg_scale: 0.7,
          negative_prompt: "blur",
          referenceMediaItems: [
            { url: "https://files.rivya.ai/a.png", kind: "image", mimeType: "image/png" },
            { url: "https://files.rivya.ai/b.webp", kind: "image", name: "last.webp" },
          ],
        },
      },
    },
    {
      name: "select values normalised to the option strings, numeric strings to numbers",
      request: {
        model: "kling-v2-5-turbo-pro",
        prompt: "x",
        params: { duration: 5, cfg_scale: "0.25", negative_prompt: undefined, aspect_ratio: null },
        client_request_id: "job-7",
      },
      body: {
        model: "kling-v2-5-turbo-pro",
        prompt: "x",
        params: { duration: "5", cfg_scale: 0.25 },
        client_request_id: "job-7",
      },
    },
    {
      name: "booleans become the option strings",
      request: { model: "kling-3-0", prompt: "x", params: { sound: true, multi_shots: false } },
      body: { model: "kling-3-0", prompt: "x", params: { sound: "true", multi_shots: "false" } },
    },
    {
      name: "float steps of 0.05 and 0.5 that binary floating point gets wrong",
      request: {
        model: "elevenlabs-sound-effect-v2",
        prompt: "door slam",
        params: { prompt_influence: 0.35, duration_seconds: 21.5 },
      },
      body: {
        model: "elevenlabs-sound-effect-v2",
        prompt: "door slam",
        params: { prompt_influence: 0.35, duration_seconds: 21.5 },
      },
    },
    {
      name: "a required select given",
      request: {
        model: "elevenlabs-turbo-2-5",
        prompt: "Hello",
        params: { voice: "cgSgspJ2msm6clMCkdW9", speed: 0.85 },
      },
      body: {
        model: "elevenlabs-turbo-2-5",
        prompt: "Hello",
        params: { voice: "cgSgspJ2msm6clMCkdW9", speed: 0.85 },
      },
    },
    {
      name: "a model without prompt, driven by URL params",
      request: {
        model: "sora-watermark-remover",
        params: { video_url: "https://x.test/v.mp4", upload_method: "s3" },
      },
      body: {
        model: "sora-watermark-remover",
        params: { video_url: "https://x.test/v.mp4", upload_method: "s3" },
      },
    },
  ])("$name", ({ request, body }) => {
    const validated = validateRequest(request as GenerationRequest);
    expect(validated.body).toEqual(body);
    expect(validated.warnings).toEqual([]);
    expect(validated.definition?.id).toBe(request.model);
  });

  it("accepts the combinations a model states: 9 images, or 1 video and 5 images", () => {
    const images = (count: number) => Array.from({ length: count }, (_, index) => png(`${index}.png`));
    const video = { mimeType: "video/mp4", sizeBytes: 50 * megabyte, name: "clip.mp4" };
    for (const references of [images(9), [video, ...images(5)], [video]]) {
      expect(validateRequest({ model: "happyhorse-1-0", prompt: "x", references }).references).toHaveLength(
        references.length,
      );
    }
  });

  it("fills in the kind of each reference from its MIME type", () => {
    const validated = validateRequest({ model: "kling-3-0", prompt: "x", references: [png("a.png")] });
    expect(validated.references).toEqual([{ kind: "image", ...png("a.png") }]);
  });

  it("counts the prompt in Unicode characters, not UTF-16 units", () => {
    const emoji = "🦊".repeat(2000); // 4000 UTF-16 units
    expect(emoji.length).toBe(4000);
    expect(validateRequest({ model: "kling-3-0", prompt: emoji }).body.prompt).toBe(emoji);
    expect(messageOf({ model: "kling-3-0", prompt: `${emoji}🦊` })).toBe(
      "prompt: 2001 characters is too long for kling-3-0 (allowed: at most 2000 characters)",
    );
  });

  it("accepts every 0.05 step from 0 to 1 and every documented speed", () => {
    for (let step = 0; step <= 20; step += 1) {
      const value = Number((step * 0.05).toFixed(2));
      expect(() =>
        validateRequest({
          model: "elevenlabs-multilingual-v2",
          prompt: "x",
          params: { voice: "TX3LPaxmHKxFdv7VOQHJ", stability: value },
        }),
      ).not.toThrow();
    }
    for (const speed of [0.7, 0.75, 0.8, 0.95, 1.1, 1.2]) {
      expect(() =>
        validateRequest({
          model: "elevenlabs-multilingual-v2",
          prompt: "x",
          params: { voice: "TX3LPaxmHKxFdv7VOQHJ", speed },
        }),
      ).not.toThrow();
    }
  });
});

describe("allowed with a warning", () => {
  it("passes an unknown model through unvalidated", () => {
    const validated = validateRequest({ model: "kling-4-0", prompt: "", params: { anything: 1 } });
    expect(validated.definition).toBeUndefined();
    expect(validated.body).toEqual({ model: "kling-4-0", prompt: "", params: { anything: 1 } });
    expect(validated.warnings).toEqual([
      'model "kling-4-0" is not in the catalog: prompt and params are sent without local checks',
    ]);
  });

  it("passes an undocumented param of a partly documented model", () => {
    const validated = validateRequest({
      model: "sora-2-pro",
      prompt: "x",
      params: { remove_watermark: "true" },
    });
    expect(validated.body.params).toEqual({ remove_watermark: "true" });
    expect(validated.warnings).toEqual([
      "params.remove_watermark is not documented for sora-2-pro (its page is partly readable): sent as given",
    ]);
  });

  it("checks files against the Files API defaults when the model's rules are unverified or missing", () => {
    for (const model of ["wan-2-5-video", "wan-2-2-a14b-turbo"]) {
      const validated = validateRequest({ model, prompt: "x", references: [png("a.png")] });
      expect(validated.warnings).toEqual([
        `reference rules of ${model} are not fully documented: reference files were checked against the Files API defaults`,
      ]);
    }
    expect(
      messageOf({ model: "wan-2-2-a14b-turbo", prompt: "x", references: [png("a.png", 11 * megabyte)] }),
    ).toBe(
      "references[0] (a.png): 11 MB (11534336 bytes) is too large for wan-2-2-a14b-turbo (allowed: at most 10 MB per image file)",
    );
  });

  it("passes a prompt to a model documented without one", () => {
    const validated = validateRequest({
      model: "sora-watermark-remover",
      prompt: "please",
      params: { video_url: "https://x.test/v.mp4", upload_method: "oss" },
    });
    expect(validated.body.prompt).toBe("please");
    expect(validated.warnings).toEqual([
      "prompt is not documented for sora-watermark-remover (it takes its input from params): sent as given",
    ]);
  });
});

const items = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    url: `https://files.rivya.ai/${index}.png`,
    kind: "image",
  }));

describe("invalid requests, each with its exact message", () => {
  it.each<[string, unknown, string]>([
    [
      "prompt missing",
      { model: "kling-3-0" },
      "prompt is required for kling-3-0 (allowed: 1 to 2000 characters)",
    ],
    [
      "prompt blank",
      { model: "kling-3-0", prompt: "  \n" },
      "prompt is required for kling-3-0 (allowed: 1 to 2000 characters)",
    ],
    [
      "prompt too long",
      { model: "kling-v2-5-turbo-pro", prompt: "a".repeat(2501) },
      "prompt: 2501 characters is too long for kling-v2-5-turbo-pro (allowed: at most 2500 characters)",
    ],
    ["prompt not text", { model: "kling-3-0", prompt: 42 }, "prompt: 42 is not text (allowed: a string)"],
    [
      "select value not an option",
      { model: "kling-3-0", prompt: "x", params: { duration: 20 } },
      'params.duration: "20" is not allowed for kling-3-0 (allowed: 3, 4, …, 15)',
    ],
    [
      "select value out of the short list",
      { model: "kling-v2-5-turbo-pro", prompt: "x", params: { duration: "15" } },
      'params.duration: "15" is not allowed for kling-v2-5-turbo-pro (allowed: 5, 10)',
    ],
    [
      "select options are case-sensitive",
      { model: "kling-3-0", prompt: "x", params: { mode: "PRO" } },
      'params.mode: "PRO" is not allowed for kling-3-0 (allowed: std, pro)',
    ],
    [
      "boolean select given a word",
      { model: "kling-3-0", prompt: "x", params: { sound: "yes" } },
      'params.sound: "yes" is not allowed for kling-3-0 (allowed: false, true)',
    ],
    [
      "aspect ratio not offered",
      { model: "kling-v2-5-turbo-pro", prompt: "x", params: { aspect_ratio: "4:3" } },
      'params.aspect_ratio: "4:3" is not allowed for kling-v2-5-turbo-pro (allowed: 16:9, 9:16, 1:1)',
    ],
    [
      "select given an object",
      { model: "kling-3-0", prompt: "x", params: { duration: { seconds: 5 } } },
      'params.duration: {"seconds":5} is not allowed for kling-3-0 (allowed: 3, 4, …, 15)',
    ],
    [
      "number above its range",
      { model: "kling-v2-5-turbo-pro", prompt: "x", params: { cfg_scale: 1.5 } },
      "params.cfg_scale: 1.5 is out of range for kling-v2-5-turbo-pro (allowed: 0 to 1)",
    ],
    [
      "number below its range",
      { model: "kling-v2-1-master", prompt: "x", params: { cfg_scale: -0.1 } },
      "params.cfg_scale: -0.1 is out of range for kling-v2-1-master (allowed: 0 to 1)",
    ],
    [
      "number given a word",
      { model: "kling-v2-5-turbo-pro", prompt: "x", params: { cfg_scale: "high" } },
      'params.cfg_scale: "high" is not a number (allowed: 0 to 1)',
    ],
    [
      "number given NaN",
      { model: "seedance-2", prompt: "x", params: { duration: Number.NaN } },
      "params.duration: NaN is not a number (allowed: 4 to 15)",
    ],
    [
      "number below a range that starts above zero",
      { model: "seedance-2", prompt: "x", params: { duration: 3 } },
      "params.duration: 3 is out of range for seedance-2 (allowed: 4 to 15)",
    ],
    [
      "float off its 0.05 step",
      { model: "elevenlabs-sound-effect-v2", prompt: "x", params: { prompt_influence: 0.33 } },
      "params.prompt_influence: 0.33 is not allowed for elevenlabs-sound-effect-v2 (allowed: 0 to 1 in steps of 0.05)",
    ],
    [
      "float off a 0.5 step counted from the minimum",
      { model: "elevenlabs-sound-effect-v2", prompt: "x", params: { duration_seconds: 0.75 } },
      "params.duration_seconds: 0.75 is not allowed for elevenlabs-sound-effect-v2 (allowed: 0.5 to 22 in steps of 0.5)",
    ],
    [
      "whole number step given a fraction",
      { model: "grok-imagine-video", prompt: "x", params: { duration: 6.5 } },
      "params.duration: 6.5 is not allowed for grok-imagine-video (allowed: 6 to 30 in steps of 1)",
    ],
    [
      "number below a five-digit range",
      { model: "veo3-1-fast", prompt: "x", params: { seeds: 9999 } },
      "params.seeds: 9999 is out of range for veo3-1-fast (allowed: 10000 to 99999 in steps of 1)",
    ],
    [
      "speed above its range",
      { model: "elevenlabs-turbo-2-5", prompt: "x", params: { voice: "TX3LPaxmHKxFdv7VOQHJ", speed: 1.25 } },
      "params.speed: 1.25 is out of range for elevenlabs-turbo-2-5 (allowed: 0.7 to 1.2 in steps of 0.05)",
    ],
    [
      "text param given a number",
      { model: "kling-v2-5-turbo-pro", prompt: "x", params: { negative_prompt: 5 } },
      "params.negative_prompt: 5 is not text (allowed: text)",
    ],
    [
      "array param given text",
      { model: "elevenlabs-dialogue-v3", params: { dialogue: "hi" } },
      'params.dialogue: "hi" is not a list (allowed: a list)',
    ],
    [
      "unknown param of a completely documented model",
      { model: "kling-3-0", prompt: "x", params: { cfg_scale: 0.5 } },
      "params.cfg_scale: 0.5 is not a parameter of kling-3-0 (allowed keys: mode, multi_shots, duration, sound, aspect_ratio, referenceMediaItems)",
    ],
    [
      "unknown param of a text-only model",
      { model: "z-image", prompt: "x", params: { seed: 1 } },
      "params.seed: 1 is not a parameter of z-image (allowed keys: aspect_ratio)",
    ],
    [
      "required select missing",
      { model: "elevenlabs-turbo-2-5", prompt: "x" },
      'params.voice is required for elevenlabs-turbo-2-5 (allowed: TX3LPaxmHKxFdv7VOQHJ, cgSgspJ2msm6clMCkdW9, pNInz6obpgDQGcFmaJgB, BIvP0GN1cAtSRTxNHnWS, aMSt68OGf4xUZAnLpTU8; documented default: "TX3LPaxmHKxFdv7VOQHJ")',
    ],
    [
      "required select given a wrong voice",
      { model: "elevenlabs-multilingual-v2", prompt: "x", params: { voice: "bob" } },
      'params.voice: "bob" is not allowed for elevenlabs-multilingual-v2 (allowed: TX3LPaxmHKxFdv7VOQHJ, cgSgspJ2msm6clMCkdW9, pNInz6obpgDQGcFmaJgB, BIvP0GN1cAtSRTxNHnWS, aMSt68OGf4xUZAnLpTU8)',
    ],
    [
      "two required params missing",
      { model: "sora-watermark-remover" },
      '2 problems with the request:\n- params.video_url is required for sora-watermark-remover (allowed: text)\n- params.upload_method is required for sora-watermark-remover (allowed: s3, oss; documented default: "s3")',
    ],
    [
      "params not an object",
      { model: "kling-3-0", prompt: "x", params: "fast" },
      'params: "fast" is not an object (allowed: an object of model parameters)',
    ],
    ["model missing", { prompt: "x" }, 'model is required (allowed: a model id such as "kling-3-0")'],
    [
      "model not a string",
      { model: 42 },
      'model: 42 is not a model id (allowed: a string such as "kling-3-0")',
    ],
    ["model empty", { model: "" }, 'model: "" is not a model id (allowed: a string such as "kling-3-0")'],
    [
      "a field the API does not have",
      { model: "kling-3-0", prompt: "x", files: ["a.png"] },
      'files: ["a.png"] is not a request field (allowed: model, prompt, params, client_request_id, references)',
    ],
    [
      "request not an object",
      "kling-3-0",
      'request: "kling-3-0" is not an object (allowed: { model, prompt?, params? })',
    ],
    [
      "client_request_id not text",
      { model: "kling-3-0", prompt: "x", client_request_id: 7 },
      "client_request_id: 7 is not text (allowed: a string)",
    ],
    [
      "too many reference images",
      { model: "kling-3-0", prompt: "x", references: [png("a.png"), png("b.png"), png("c.png")] },
      "references: 3 reference files are too many for kling-3-0 (allowed: at most 2 — Up to 2 image files total for image-to-video)",
    ],
    [
      "uploads and uploaded items together exceed the limit",
      {
        model: "kling-3-0",
        prompt: "x",
        params: { referenceMediaItems: items(2) },
        references: [png("a.png")],
      },
      "references: 3 reference files are too many for kling-3-0 (allowed: at most 2 — Up to 2 image files total for image-to-video)",
    ],
    [
      "a video where only images are accepted",
      {
        model: "kling-3-0",
        prompt: "x",
        references: [{ mimeType: "video/mp4", sizeBytes: 1000, name: "clip.mp4" }],
      },
      'references[0] (clip.mp4): kind "video" is not accepted by kling-3-0 (allowed: image)',
    ],
    [
      "an image type the model does not take",
      {
        model: "kling-v2-5-turbo-pro",
        prompt: "x",
        references: [{ mimeType: "image/gif", sizeBytes: 1000, name: "a.gif" }],
      },
      'references[0] (a.gif): type "image/gif" is not accepted by kling-v2-5-turbo-pro for image files (allowed: image/jpeg, image/png, image/webp)',
    ],
    [
      "an image over 10 MB",
      { model: "kling-3-0", prompt: "x", references: [png("big.png", 12 * megabyte)] },
      "references[0] (big.png): 12 MB (12582912 bytes) is too large for kling-3-0 (allowed: at most 10 MB per image file)",
    ],
    [
      "an image over a model's 30 MB limit",
      { model: "nano-banana-2", prompt: "x", references: [png("huge.png", 31 * megabyte)] },
      "references[0] (huge.png): 31 MB (32505856 bytes) is too large for nano-banana-2 (allowed: at most 30 MB per image file)",
    ],
    [
      "a video over a model's 95 MB limit",
      {
        model: "happyhorse-1-0",
        prompt: "x",
        references: [{ mimeType: "video/mp4", sizeBytes: 100 * megabyte }],
      },
      "references[0]: 100 MB (104857600 bytes) is too large for happyhorse-1-0 (allowed: at most 95 MB per video file)",
    ],
    [
      "images and a video beyond a model's stated combinations",
      {
        model: "happyhorse-1-0",
        prompt: "x",
        references: [
          { mimeType: "video/mp4", sizeBytes: 1000 },
          ...Array.from({ length: 6 }, (_, index) => png(`${index}.png`)),
        ],
      },
      "references: 1 video and 6 images do not fit happyhorse-1-0 (allowed: up to 9 images, or 1 video and up to 5 images — Without video: up to 9 images; video editing: 1 video + up to 5 images)",
    ],
    [
      "ten images where nine are the most without a video",
      { model: "happyhorse-1-0", prompt: "x", params: { referenceMediaItems: items(10) } },
      "references: 10 images do not fit happyhorse-1-0 (allowed: up to 9 images, or 1 video and up to 5 images — Without video: up to 9 images; video editing: 1 video + up to 5 images)",
    ],
    [
      "a WebM where the model lists Matroska",
      { model: "wan-2-6", prompt: "x", references: [{ mimeType: "video/webm", sizeBytes: 1000 }] },
      'references[0]: type "video/webm" is not accepted by wan-2-6 for video files (allowed: video/mp4, video/quicktime, video/x-matroska)',
    ],
    [
      "a file whose type was not recognised",
      { model: "kling-3-0", prompt: "x", references: [{ name: "notes.txt", sizeBytes: 12 }] },
      "references[0] (notes.txt): the file type could not be recognised (kling-3-0 accepts image/jpeg, image/png, image/webp up to 10 MB)",
    ],
    [
      "a kind that contradicts the MIME type",
      { model: "kling-3-0", prompt: "x", references: [{ kind: "image", mimeType: "video/mp4" }] },
      'references[0]: kind "image" does not match its type "video/mp4" (allowed: kind "video" for that type)',
    ],
    [
      "an empty file",
      { model: "kling-3-0", prompt: "x", references: [png("empty.png", 0)] },
      "references[0] (empty.png): the file is empty (allowed: 1 byte to 10 MB)",
    ],
    [
      "references for a model that takes none",
      { model: "z-image", prompt: "x", references: [png("a.png")] },
      "references: 1 reference file given, but z-image takes none (allowed: no reference files; inputs: text)",
    ],
    [
      "referenceMediaItems for a model that takes none",
      { model: "suno-music", prompt: "x", params: { referenceMediaItems: items(1) } },
      'params.referenceMediaItems: [{"url":"https://files.rivya.ai/0.png","kind":"image"}] is not a parameter of suno-music (allowed keys: model, instrumental)',
    ],
    [
      "referenceMediaItems not a list",
      { model: "kling-3-0", prompt: "x", params: { referenceMediaItems: "https://x.test/a.png" } },
      'params.referenceMediaItems: "https://x.test/a.png" is not a list (allowed: an array of { url, kind } items from the Files API)',
    ],
    [
      "an uploaded item without its URL",
      { model: "kling-3-0", prompt: "x", params: { referenceMediaItems: [{ kind: "image" }] } },
      "params.referenceMediaItems[0].url is required (allowed: the URL of a file uploaded through the Files API)",
    ],
    [
      "an uploaded item that is not an object",
      { model: "kling-3-0", prompt: "x", params: { referenceMediaItems: ["https://x.test/a.png"] } },
      'params.referenceMediaItems[0]: "https://x.test/a.png" is not a reference item (allowed: { url, kind } from the Files API)',
    ],
    [
      "a descriptor that is not an object",
      { model: "kling-3-0", prompt: "x", references: [null] },
      "references[0]: null is not a file descriptor (allowed: { kind, mimeType, sizeBytes, name })",
    ],
    [
      "a very long select value, cut in the message",
      { model: "kling-3-0", prompt: "x", params: { aspect_ratio: "16:9".repeat(30) } },
      `params.aspect_ratio: "${"16:9".repeat(15)}…" is not allowed for kling-3-0 (allowed: 16:9, 9:16, 1:1)`,
    ],
    [
      "an uploaded item of an unknown kind",
      {
        model: "kling-3-0",
        prompt: "x",
        params: { referenceMediaItems: [{ url: "https://x.test/a", kind: "pdf" }] },
      },
      'params.referenceMediaItems[0].kind: "pdf" is not a media kind (allowed: image, video, audio)',
    ],
    [
      "an uploaded item of a kind the model refuses",
      {
        model: "sora-2",
        prompt: "x",
        params: { referenceMediaItems: [{ url: "https://x.test/a", kind: "audio" }] },
      },
      'params.referenceMediaItems[0]: kind "audio" is not accepted by sora-2 (allowed: image)',
    ],
    [
      "a descriptor with a bad kind",
      { model: "kling-3-0", prompt: "x", references: [{ kind: "pdf" }] },
      'references[0].kind: "pdf" is not a media kind (allowed: image, video, audio)',
    ],
    [
      "a descriptor with a negative size",
      { model: "kling-3-0", prompt: "x", references: [{ kind: "image", sizeBytes: -1 }] },
      "references[0].sizeBytes: -1 is not a size (allowed: a whole number of bytes)",
    ],
    [
      "an unknown model's oversized video still meets the Files API limits",
      { model: "kling-4-0", prompt: "x", references: [{ mimeType: "video/mp4", sizeBytes: 60 * megabyte }] },
      "references[0]: 60 MB (62914560 bytes) is too large for the Files API (allowed: at most 50 MB per video file)",
    ],
  ])("%s", (_name, request, message) => {
    expect(messageOf(request)).toBe(message);
  });
});

describe("the error", () => {
  it("lists every problem with its path, the value given and what is allowed", () => {
    let caught: unknown;
    try {
      validateRequest({
        model: "kling-3-0",
        params: { duration: 20, foo: 1 },
        references: [png("a.gif", 20 * megabyte)],
      });
    } catch (error) {
      caught = error;
    }
    expect(RivyaValidationError.isInstance(caught)).toBe(true);
    const error = caught as RivyaValidationError;
    expect(error.code).toBe("local_validation");
    expect(error.issues.map((issue) => issue.path)).toEqual([
      "prompt",
      "params.duration",
      "params.foo",
      "references[0]",
    ]);
    expect(error.issues[1]).toMatchObject({
      received: 20,
      allowed: ["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"],
    });
    expect(error.issues[3]).toMatchObject({ received: 20 * megabyte, allowed: 10 * megabyte });
    expect(error.message.split("\n")[0]).toBe("4 problems with the request:");
  });
});
