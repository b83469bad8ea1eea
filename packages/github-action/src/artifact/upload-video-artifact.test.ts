import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ArtifactUploader, uploadVideoArtifact } from "./upload-video-artifact.js";

const environment = {
  GITHUB_SERVER_URL: "https://github.com",
  GITHUB_REPOSITORY: "acme/videos",
  GITHUB_RUN_ID: "55",
};

function recordingUploader(behaviour: { fail?: Error; existingId?: number } = {}) {
  const calls: { name: string; files: string[]; root: string; options: unknown; contents: string }[] = [];
  const uploader: ArtifactUploader = {
    async uploadArtifact(name, files, root, options) {
      calls.push({ name, files, root, options, contents: readFileSync(files[0]!, "utf8") });
      if (behaviour.fail) throw behaviour.fail;
      return { id: 4242, size: 5 };
    },
    async getArtifact(name) {
      if (behaviour.existingId === undefined) throw new Error(`Artifact not found for name: ${name}`);
      return { artifact: { id: behaviour.existingId, name } };
    },
  };
  return { uploader, calls };
}

function videoFile(name: string): { directory: string; file: string } {
  const directory = mkdtempSync(path.join(tmpdir(), "rivya-artifact-test-"));
  const file = path.join(directory, name);
  writeFileSync(file, "video");
  return { directory, file };
}

describe("uploadVideoArtifact", () => {
  it("uploads one un-zipped file named after the task id, with the retention asked for", async () => {
    const { uploader, calls } = recordingUploader();
    const { directory, file } = videoFile("task_abc.mp4");
    const uploaded = await uploadVideoArtifact({
      uploader,
      filePath: file,
      taskId: "task_abc",
      retentionDays: 7,
      temporaryDirectory: directory,
      environment,
    });
    expect(calls).toEqual([
      {
        name: "task_abc.mp4",
        files: [file],
        root: directory,
        options: { skipArchive: true, retentionDays: 7 },
        contents: "video",
      },
    ]);
    expect(uploaded).toEqual({
      name: "task_abc.mp4",
      id: 4242,
      url: "https://github.com/acme/videos/actions/runs/55/artifacts/4242",
      reused: false,
    });
  });

  it("stages a file the user named differently under the task id, and cleans up", async () => {
    const { uploader, calls } = recordingUploader();
    const { directory, file } = videoFile("launch.mp4");
    await uploadVideoArtifact({
      uploader,
      filePath: file,
      taskId: "task_x",
      retentionDays: undefined,
      temporaryDirectory: directory,
      environment,
    });
    expect(path.basename(calls[0]!.files[0]!)).toBe("task_x.mp4");
    expect(calls[0]!.contents).toBe("video");
    expect(calls[0]!.options).toEqual({ skipArchive: true });
    expect(existsSync(calls[0]!.files[0]!)).toBe(false);
    expect(existsSync(file)).toBe(true);
  });

  it("on a re-run, reuses the artifact an earlier attempt uploaded for the same task", async () => {
    const { uploader } = recordingUploader({
      fail: new Error("Conflict: an artifact with this name already exists"),
      existingId: 17,
    });
    const { directory, file } = videoFile("task_r.mp4");
    const uploaded = await uploadVideoArtifact({
      uploader,
      filePath: file,
      taskId: "task_r",
      retentionDays: undefined,
      temporaryDirectory: directory,
      environment,
    });
    expect(uploaded).toMatchObject({
      id: 17,
      reused: true,
      url: "https://github.com/acme/videos/actions/runs/55/artifacts/17",
    });
  });

  it("passes the upload's error on when no artifact of that name exists", async () => {
    const { uploader } = recordingUploader({
      fail: new Error("Unable to get the ACTIONS_RUNTIME_TOKEN env variable"),
    });
    const { directory, file } = videoFile("task_e.mp4");
    await expect(
      uploadVideoArtifact({
        uploader,
        filePath: file,
        taskId: "task_e",
        retentionDays: undefined,
        temporaryDirectory: directory,
        environment,
      }),
    ).rejects.toThrow("ACTIONS_RUNTIME_TOKEN");
  });
});
