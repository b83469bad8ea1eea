import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getModel } from "../catalog/catalog.js";
import { checkReferenceFile } from "./check-reference-file.js";
import { referenceRulesFor } from "./default-reference-rules.js";
import { sniffMediaType } from "./sniff-media-type.js";
import { validateRequest } from "./validate-request.js";

// The upload path: sniff the real file, then check it against the model before uploading.
function describeFixture(name: string) {
  const bytes = new Uint8Array(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url)));
  return { ...sniffMediaType(bytes.subarray(0, 64)), sizeBytes: bytes.length, name };
}

describe("checkReferenceFile", () => {
  it("accepts a sniffed PNG for kling-3-0 and refuses a sniffed MP4", () => {
    const kling = getModel("kling-3-0");
    expect(checkReferenceFile(describeFixture("red.png"), kling, 0)).toEqual([]);
    expect(checkReferenceFile(describeFixture("blue.mp4"), kling, 1)).toEqual([
      {
        path: "references[1]",
        message: 'references[1] (blue.mp4): kind "video" is not accepted by kling-3-0 (allowed: image)',
        received: "video",
        allowed: ["image"],
      },
    ]);
  });

  it("accepts the video types a model lists and refuses the others", () => {
    const wan = getModel("wan-2-6");
    expect(checkReferenceFile(describeFixture("blue.mkv"), wan, 0)).toEqual([]);
    expect(checkReferenceFile(describeFixture("blue.mov"), wan, 0)).toEqual([]);
    expect(checkReferenceFile(describeFixture("blue.webm"), wan, 0).map((issue) => issue.message)).toEqual([
      'references[0] (blue.webm): type "video/webm" is not accepted by wan-2-6 for video files (allowed: video/mp4, video/quicktime, video/x-matroska)',
    ]);
  });

  it("checks an unknown model's files against the Files API defaults, audio included", () => {
    for (const name of [
      "tone.mp3",
      "tone.wav",
      "tone.ogg",
      "tone.aac",
      "tone.m4a",
      "blue.webm",
      "red.webp",
    ]) {
      expect(checkReferenceFile(describeFixture(name), undefined, 0), name).toEqual([]);
    }
    expect(checkReferenceFile(describeFixture("blue.mkv"), undefined, 0)[0]?.message).toBe(
      'references[0] (blue.mkv): type "video/x-matroska" is not accepted by the Files API for video files (allowed: video/mp4, video/quicktime, video/webm)',
    );
  });

  it("names the path it is given", () => {
    const issues = checkReferenceFile({ kind: "audio" }, getModel("sora-2"), 3, {
      path: "params.referenceMediaItems[3]",
    });
    expect(issues[0]?.message).toBe(
      'params.referenceMediaItems[3]: kind "audio" is not accepted by sora-2 (allowed: image)',
    );
  });
});

describe("referenceRulesFor", () => {
  it("uses a model's verified rules as they are", () => {
    expect(referenceRulesFor(getModel("happyhorse-1-0"))).toMatchObject({
      maxFiles: 10,
      kinds: ["image", "video"],
      maxBytes: { video: 99614720, image: 10485760 },
      assumed: false,
    });
  });

  it("fills unverified or missing rules with the defaults, and says they are assumed", () => {
    expect(referenceRulesFor(getModel("wan-2-5-video"))).toMatchObject({
      maxFiles: 1,
      kinds: ["image"],
      maxBytes: { image: 10485760 },
      assumed: true,
    });
    expect(referenceRulesFor(getModel("hailuo-standard"))).toMatchObject({
      maxFiles: undefined,
      kinds: ["image", "video", "audio"],
      maxBytes: { video: 52428800 },
      assumed: true,
    });
  });
});

describe("validateRequest leaves its input alone", () => {
  it("does not modify the request it checks", () => {
    const request = {
      model: "kling-3-0",
      prompt: "x",
      params: { duration: 5, sound: true },
      references: [{ mimeType: "image/png", sizeBytes: 10 }],
    };
    const copy = structuredClone(request);
    const validated = validateRequest(request);
    expect(request).toEqual(copy);
    expect(validated.references[0]).not.toBe(request.references[0]);
  });
});
