import { readFileSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
// The emulator's own MP4 (mp4box) and I_PCM readers, so the demo is checked the same way.
import { firstFrameLumaDifference } from "../../emulator/test/first-frame.js";
import { readMp4 } from "../../emulator/test/read-mp4.js";
import { demoReferencePath } from "../src/generation/demo-reference.js";
import { runRivya } from "./harness/run-rivya.js";

it("rivya demo makes both videos with no key and reports tasks, credits and balances", async () => {
  const cwd = await mkdtemp(join(tmpdir(), "rivya-demo-"));
  try {
    const run = await runRivya(["demo", "--speed", "200"], { cwd });
    expect(run.code).toBe(0);
    const files = (await readdir(join(cwd, "out"))).sort();
    expect(files).toEqual(["kling-3-0-image-to-video.mp4", "kling-v2-5-turbo-pro-text-to-video.mp4"]);
    for (const file of files) {
      expect(
        readFileSync(join(cwd, "out", file))
          .subarray(4, 8)
          .toString("latin1"),
      ).toBe("ftyp");
    }
    for (const file of files) {
      const { info } = readMp4(new Uint8Array(readFileSync(join(cwd, "out", file))));
      const video = info.videoTracks[0]!;
      expect([info.duration / info.timescale, video.video!.width, video.video!.height]).toEqual([
        5, 640, 360,
      ]);
      expect(video.nb_samples).toBe(5 * 24);
    }
    // The image-to-video starts on the demo reference image.
    const imageToVideo = new Uint8Array(readFileSync(join(cwd, "out", files[0]!)));
    expect(firstFrameLumaDifference(imageToVideo, readFileSync(demoReferencePath()))).toBeLessThan(1);
    expect(run.stdout).toMatch(/task_\w+\s+kling-3-0\s+90 reserved\s+90 final/);
    expect(run.stdout).toMatch(/task_\w+\s+kling-v2-5-turbo-pro\s+42 reserved\s+42 final/);
    expect(run.stdout).toContain("balance: 10000 → 9868 credits (132 spent)");
    expect(run.stderr).toContain("uploaded demo-reference.png");
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
});
