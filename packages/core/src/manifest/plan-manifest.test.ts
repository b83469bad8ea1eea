import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ManifestFiles } from "./manifest-files.js";
import { emptyLock, type LockedVideo, type ManifestLock, parseLock, serializeLock } from "./manifest-lock.js";
import { planManifest } from "./plan-manifest.js";

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const sha = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

/** In-memory files (text or bytes by path). */
function memoryFiles(content: Record<string, string | Uint8Array>): ManifestFiles & { lockText?: string } {
  const files: ManifestFiles & { lockText?: string } = {
    readText: async (path) => {
      const value = content[path];
      return typeof value === "string" ? value : undefined;
    },
    inspect: async (path) => {
      const value = content[path];
      if (value === undefined) return undefined;
      const bytes = typeof value === "string" ? new TextEncoder().encode(value) : value;
      return {
        sha256: sha(bytes),
        sizeBytes: bytes.length,
        mimeType: bytes[0] === 0x89 ? "image/png" : undefined,
      };
    },
    digest: async (text) => sha(text),
    resolve: (path) => `/work/${path}`,
    writeLock: async (text) => {
      files.lockText = text;
    },
  };
  return files;
}

const manifest = {
  defaults: { model: "kling-3-0", params: { duration: "5" }, out: "videos/" },
  budget: 1000,
  videos: [
    {
      id: "sneaker-red",
      prompt: "A red sneaker rotating on a turntable",
      images: ["assets/red.png"],
      matrix: { aspect_ratio: ["9:16", "16:9"] },
    },
    { id: "perfume", "prompt-file": "prompts/perfume.txt", out: "videos/perfume.mp4" },
  ],
};

function locked(
  plan: Awaited<ReturnType<typeof planManifest>>,
  outputs: Record<string, string>,
): ManifestLock {
  const lock = emptyLock();
  for (const video of plan.videos) {
    const record: LockedVideo = {
      inputsHash: video.inputsHash!,
      model: video.model!,
      attempt: 1,
      idempotencyKey: "k",
      taskId: `task_${video.id}`,
      status: "succeeded",
      credits: 90,
      resultUrl: "https://example.test/result.mp4",
      output: video.out,
      outputSha256: outputs[video.out] === undefined ? undefined : sha(outputs[video.out]!),
      error: undefined,
      uploads: [],
    };
    lock.videos[video.id] = record;
  }
  return lock;
}

describe("planManifest", () => {
  const files = { "assets/red.png": png, "prompts/perfume.txt": "A perfume bottle in the rain\n" };

  it("expands the matrix, estimates new videos and sums them", async () => {
    const plan = await planManifest(manifest, { lock: emptyLock(), files: memoryFiles(files) });
    expect(plan.problems).toEqual([]);
    expect(plan.videos.map((video) => [video.id, video.state, video.out, video.credits])).toEqual([
      ["sneaker-red.9x16", "new", "videos/sneaker-red.9x16.mp4", expect.any(Number)],
      ["sneaker-red.16x9", "new", "videos/sneaker-red.16x9.mp4", expect.any(Number)],
      ["perfume", "new", "videos/perfume.mp4", expect.any(Number)],
    ]);
    expect(plan.total).toBe(plan.videos.reduce((sum, video) => sum + (video.credits ?? 0), 0));
    expect(plan.videos[2]?.request?.prompt).toBe("A perfume bottle in the rain");
  });

  it("is unchanged against its own lock; a renamed reference with the same bytes changes nothing", async () => {
    const first = await planManifest(manifest, { lock: emptyLock(), files: memoryFiles(files) });
    const outputs = {
      "videos/sneaker-red.9x16.mp4": "a",
      "videos/sneaker-red.16x9.mp4": "b",
      "videos/perfume.mp4": "c",
    };
    const lock = parseLock(serializeLock(locked(first, outputs)));
    const renamed = structuredClone(manifest);
    renamed.videos[0]!.images = ["assets/renamed.png"];
    const again = await planManifest(renamed, {
      lock,
      files: memoryFiles({ ...files, "assets/renamed.png": png, ...outputs }),
    });
    expect(again.videos.map((video) => video.state)).toEqual(["unchanged", "unchanged", "unchanged"]);
    expect(again.total).toBe(0);
  });

  it("marks a changed prompt, a missing output, an unfinished task, a removed video and a forced one", async () => {
    const first = await planManifest(manifest, { lock: emptyLock(), files: memoryFiles(files) });
    const outputs = { "videos/sneaker-red.9x16.mp4": "a", "videos/perfume.mp4": "c" };
    const lock = locked(first, outputs);
    lock.videos["sneaker-red.9x16"]!.status = "processing";
    lock.videos["old-video"] = { ...lock.videos["perfume"]!, output: "videos/old.mp4" };
    const plan = await planManifest(manifest, {
      lock,
      files: memoryFiles({ ...files, ...outputs, "prompts/perfume.txt": "A perfume bottle in the sun" }),
    });
    expect(Object.fromEntries(plan.videos.map((video) => [video.id, video.state]))).toEqual({
      "sneaker-red.9x16": "resume",
      "sneaker-red.16x9": "missing-output",
      perfume: "changed",
      "old-video": "removed",
    });
    expect(plan.total).toBe(plan.videos.find((video) => video.id === "perfume")?.credits);

    const forced = await planManifest(manifest, {
      lock: locked(first, { ...outputs, "videos/sneaker-red.16x9.mp4": "b" }),
      files: memoryFiles({ ...files, ...outputs, "videos/sneaker-red.16x9.mp4": "b" }),
      force: ["sneaker-red"],
      only: ["sneaker-red"],
    });
    expect(forced.videos.map((video) => [video.id, video.state, video.attempt])).toEqual([
      ["sneaker-red.9x16", "changed", 2],
      ["sneaker-red.16x9", "changed", 2],
    ]);
  });

  it("--force starts a new paid attempt only for a finished video, never for one whose task may exist", async () => {
    const first = await planManifest(manifest, { lock: emptyLock(), files: memoryFiles(files) });
    const lock = locked(first, {});
    lock.videos["sneaker-red.9x16"]!.status = "uploading"; // a crash between create and lock write
    lock.videos["sneaker-red.16x9"]!.status = "queued";
    const plan = await planManifest(manifest, {
      lock,
      files: memoryFiles(files),
      force: ["sneaker-red", "perfume"],
    });
    expect(plan.videos.map((video) => [video.id, video.state, video.attempt])).toEqual([
      ["sneaker-red.9x16", "changed", 1],
      ["sneaker-red.16x9", "resume", 1],
      ["perfume", "changed", 2],
    ]);
  });

  it("reports every problem of every entry at once, naming the video and the field", async () => {
    const bad = {
      defaults: { model: "kling-3-0" },
      budget: -1,
      videos: [
        { id: "a", prompt: "ok", params: { duration: "2" }, images: ["missing.png"] },
        { id: "b", "prompt-file": "nope.txt" },
        { id: "c", prompt: "x", matrix: { aspect_ratio: [] } },
        { id: "a", prompt: "dup" },
        { prompt: "no id" },
      ],
    };
    const plan = await planManifest(bad, { lock: emptyLock(), files: memoryFiles({}) });
    const found = plan.problems.map((problem) => `${problem.video ?? "-"} ${problem.field}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "- budget",
        "a images[0]",
        "a params.duration",
        "b prompt-file",
        "c matrix.aspect_ratio",
        "a id",
        "videos[4] id",
      ]),
    );
    expect(plan.problems.find((problem) => problem.field === "params.duration")?.message).toMatch(
      /"2".*allowed/,
    );
  });

  it("flags a plan over its budget and over the balance", async () => {
    const plan = await planManifest(
      { ...manifest, budget: 10 },
      { lock: emptyLock(), files: memoryFiles(files), balance: 5 },
    );
    expect(plan.overBudget).toBe(true);
    expect(plan.overBalance).toBe(true);
  });
});
