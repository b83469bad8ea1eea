import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  applyManifest,
  createFileDownloader,
  createRivyaClient,
  generate,
  type Manifest,
  type ManifestEvent,
  manifestIdempotencyKey,
  nodeManifestFiles,
  parseLock,
  planManifest,
  RivyaBudgetExceededError,
  type RivyaClient,
  readManifestLock,
  type Sleep,
} from "@rivya-kit/core/node";
import { type RunningEmulator, startEmulator } from "@rivya-kit/emulator";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fastPolling, scaledSleep, speed } from "./emulator-client.js";

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), "rivya-manifest-"));
});
afterEach(() => rm(directory, { recursive: true, force: true }));

function clips(count: number, budget?: number): Manifest {
  return {
    defaults: { model: "kling-3-0", params: { duration: "5" }, out: "videos/" },
    budget,
    concurrency: count,
    videos: Array.from({ length: count }, (_, index) => ({
      id: `clip-${index + 1}`,
      prompt: `Clip number ${index + 1}, a slow pan over a city at dusk`,
    })),
  };
}

/** Plans `manifest` against the lock on disk and applies it. */
async function apply(client: RivyaClient, manifest: Manifest, events?: ManifestEvent[], sleep?: Sleep) {
  const path = join(directory, "rivya.yaml");
  const files = nodeManifestFiles(path);
  const plan = await planManifest(manifest, { lock: parseLock(await readManifestLock(path)), files });
  const started = performance.now();
  const result = await applyManifest(client, plan, {
    files,
    downloader: createFileDownloader(client),
    sleep,
    onEvent: (event) => events?.push(event),
  });
  return { plan, result, wallMs: performance.now() - started };
}

const creates = (emulator: RunningEmulator) =>
  emulator.control.requests({ method: "POST", path: "/api/v1/generations" });

describe("applyManifest against the emulator", () => {
  it("100 videos finish within 1.2× the rate limit's minimum; the same manifest again sends zero creates", async () => {
    // Real time (the rate limit's windows are what is measured): 50 requests per 7.5 s.
    const limit = 50;
    const windowMs = 15_000;
    const realSpeed = 2;
    const emulator = await startEmulator({
      speed: realSpeed,
      credits: 100_000,
      rateLimit: { limit, windowMs },
      timelines: { video: { queuedMs: 200, processingMs: 1800 } },
    });
    try {
      const client = createRivyaClient({ apiKey: emulator.apiKey, baseUrl: emulator.url, logLevel: "off" });
      const first = await apply(client, clips(100));
      expect(first.result.failed).toBe(0);
      expect(emulator.control.tasks()).toHaveLength(100);
      expect(emulator.control.charges().filter((entry) => entry.kind === "reserve")).toHaveLength(100);
      // GET /credits, then a create and at least one poll per video go through the limit.
      const minimumMs = ((Math.ceil((2 * 100 + 1) / limit) - 1) * windowMs) / realSpeed;
      expect(first.wallMs / minimumMs).toBeLessThanOrEqual(1.2);

      const sentBefore = creates(emulator).length;
      const second = await apply(client, clips(100));
      expect(second.plan.videos.every((video) => video.state === "unchanged")).toBe(true);
      expect(creates(emulator)).toHaveLength(sentBefore);
    } finally {
      await emulator.close();
    }
  }, 90_000);

  describe("on a fast emulator", () => {
    let emulator: RunningEmulator;
    let client: RivyaClient;
    beforeEach(async () => {
      emulator = await startEmulator({ speed });
      client = createRivyaClient({
        apiKey: emulator.apiKey,
        baseUrl: emulator.url,
        logLevel: "off",
      });
      return () => emulator.close();
    });

    it("a changed prompt regenerates exactly that video", async () => {
      await apply(client, clips(4), undefined, scaledSleep);
      const changed = {
        ...clips(4),
        videos: clips(4).videos.map((video, index) =>
          index === 2 ? { ...video, prompt: "Something else entirely" } : video,
        ),
      };
      const { plan, result } = await apply(client, changed, undefined, scaledSleep);
      expect(plan.videos.map((video) => video.state)).toEqual([
        "unchanged",
        "unchanged",
        "changed",
        "unchanged",
      ]);
      expect(result.credits).toBe(90);
      expect(creates(emulator)).toHaveLength(5);

      // A video taken out of the manifest leaves the lock; its file stays.
      const fewer = { ...changed, videos: changed.videos.slice(0, 3) };
      const removed = await apply(client, fewer, undefined, scaledSleep);
      expect(removed.plan.videos.map((video) => video.state)).toEqual([
        "unchanged",
        "unchanged",
        "unchanged",
        "removed",
      ]);
      expect(Object.keys(removed.result.lock.videos)).toEqual(["clip-1", "clip-2", "clip-3"]);
      const onDisk = parseLock(await readManifestLock(join(directory, "rivya.yaml")));
      expect(Object.keys(onDisk.videos).sort()).toEqual(["clip-1", "clip-2", "clip-3"]);
      expect((await stat(join(directory, "videos", "clip-4.mp4"))).size).toBeGreaterThan(0);
      expect(creates(emulator)).toHaveLength(5);
    });

    it("a task created before the lock recorded it is reattached (same key, replayed), not paid twice", async () => {
      const path = join(directory, "rivya.yaml");
      const files = nodeManifestFiles(path);
      const plan = await planManifest(clips(1), { lock: parseLock(undefined), files });
      const video = plan.videos[0]!;
      // The crash: the create went out, the process died before the lock was written.
      await generate(client, video.request!, {
        ...fastPolling,
        idempotencyKey: manifestIdempotencyKey(video.inputsHash!, 1, video.id),
        wait: false,
      });
      const { result } = await apply(client, clips(1), undefined, scaledSleep);
      expect(result.failed).toBe(0);
      expect(emulator.control.tasks()).toHaveLength(1);
      expect(creates(emulator).map((entry) => entry.replayed)).toEqual([false, true]);
      expect(emulator.control.charges().filter((entry) => entry.kind === "reserve")).toHaveLength(1);
    });

    it("resume: a recorded unfinished task is waited for and downloaded, with no create", async () => {
      const path = join(directory, "rivya.yaml");
      const files = nodeManifestFiles(path);
      const plan = await planManifest(clips(1), { lock: parseLock(undefined), files });
      const video = plan.videos[0]!;
      const created = await generate(client, video.request!, {
        ...fastPolling,
        idempotencyKey: manifestIdempotencyKey(video.inputsHash!, 1, video.id),
        wait: false,
      });
      await files.writeLock(
        JSON.stringify({
          version: 1,
          videos: {
            "clip-1": {
              inputsHash: video.inputsHash,
              model: "kling-3-0",
              attempt: 1,
              idempotencyKey: manifestIdempotencyKey(video.inputsHash!, 1, video.id),
              taskId: created.taskId,
              status: "queued",
              output: video.out,
              uploads: [],
            },
          },
        }),
      );
      const events: ManifestEvent[] = [];
      const { plan: again, result } = await apply(client, clips(1), events, scaledSleep);
      expect(again.videos[0]?.state).toBe("resume");
      expect(again.total).toBe(0);
      expect(result.videos[0]?.error).toBeUndefined();
      expect(result.videos[0]).toMatchObject({ status: "succeeded", taskId: created.taskId });
      expect(creates(emulator)).toHaveLength(1);
      expect(
        events.some((event) => event.type === "video:progress" && event.event.type === "download:done"),
      ).toBe(true);
    });

    it("writes the lock the moment a task exists, before waiting, and again when the video ends", async () => {
      const path = join(directory, "rivya.yaml");
      const disk = nodeManifestFiles(path);
      const log: string[] = [];
      const files = {
        ...disk,
        writeLock: async (text: string) => {
          const videos = Object.values(JSON.parse(text).videos) as { status: string; taskId?: string }[];
          log.push(`lock ${videos.map((video) => `${video.status}:${video.taskId ?? "-"}`).join(",")}`);
          await disk.writeLock(text);
        },
      };
      const plan = await planManifest(clips(1), { lock: parseLock(undefined), files });
      await applyManifest(client, plan, {
        files,
        downloader: createFileDownloader(client),
        sleep: scaledSleep,
        onEvent: (event) => {
          if (event.type === "video:progress" && ["created", "status"].includes(event.event.type))
            log.push(event.event.type === "status" ? `status ${event.event.status}` : "created");
        },
      });
      const taskId = emulator.control.tasks()[0]!.id;
      // Before the create (the attempt and its key), right after it (the task id), at the end.
      expect(log[0]).toBe("lock uploading:-");
      // The write starts as the `created` event is handled (before listeners see it).
      expect(log.indexOf(`lock queued:${taskId}`)).toBe(log.indexOf("created") - 1);
      expect(log.indexOf(`lock queued:${taskId}`)).toBeLessThan(log.indexOf("status succeeded"));
      expect(log.at(-1)).toBe(`lock succeeded:${taskId}`);
    });

    it("continues past failed videos; they are refunded, recorded, and planned again as new", async () => {
      await emulator.close();
      emulator = await startEmulator({ speed, failureRate: 0.5, seed: 3 });
      client = createRivyaClient({ apiKey: emulator.apiKey, baseUrl: emulator.url, logLevel: "off" });
      const { result } = await apply(client, clips(6), undefined, scaledSleep);
      expect(result.failed).toBeGreaterThan(0);
      expect(result.succeeded).toBeGreaterThan(0);
      expect(result.failed + result.succeeded).toBe(6);
      const failed = result.videos.filter((video) => video.status === "failed");
      expect(failed.every((video) => video.error?.code === "generation_failed")).toBe(true);
      const path = join(directory, "rivya.yaml");
      const lock = parseLock(await readManifestLock(path));
      for (const video of failed)
        expect(lock.videos[video.id]).toMatchObject({ status: "failed", credits: 0 });
      const again = await planManifest(clips(6), { lock, files: nodeManifestFiles(path) });
      const states = again.videos.map((video) => [video.id, video.state, video.attempt]);
      expect(states.filter(([, state]) => state === "new")).toEqual(
        failed.map((video) => [video.id, "new", 2]),
      );
    });

    it("two videos declared with the same inputs are two generations (the id is part of the key)", async () => {
      const twins: Manifest = {
        defaults: { model: "kling-3-0" },
        videos: [
          { id: "take-1", prompt: "A paper boat on a puddle" },
          { id: "take-2", prompt: "A paper boat on a puddle" },
        ],
      };
      const { result } = await apply(client, twins, undefined, scaledSleep);
      expect(result.failed).toBe(0);
      expect(new Set(result.videos.map((video) => video.taskId)).size).toBe(2);
      expect(emulator.control.tasks()).toHaveLength(2);
    });

    it("a key already used with another body fails that video once; the next apply uses a new attempt", async () => {
      const path = join(directory, "rivya.yaml");
      const plan = await planManifest(clips(1), {
        lock: parseLock(undefined),
        files: nodeManifestFiles(path),
      });
      const video = plan.videos[0]!;
      await generate(
        client,
        { model: "kling-3-0", prompt: "Another body under the same key" },
        {
          ...fastPolling,
          idempotencyKey: manifestIdempotencyKey(video.inputsHash!, 1, video.id),
          wait: false,
        },
      );
      const first = await apply(client, clips(1), undefined, scaledSleep);
      expect(first.result.videos[0]?.error?.code).toBe("idempotency_conflict");
      const second = await apply(client, clips(1), undefined, scaledSleep);
      expect(second.plan.videos[0]).toMatchObject({ state: "new", attempt: 2 });
      expect(second.result.failed).toBe(0);
    });

    it("a manifest over its budget spends nothing", async () => {
      await expect(apply(client, clips(3, 200))).rejects.toSatisfy(RivyaBudgetExceededError.isInstance);
      expect(emulator.control.requests({ method: "POST" })).toEqual([]);
      expect(emulator.control.balance()).toBe(10_000);
    });
  });
});
