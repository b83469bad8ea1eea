import { copyFile, link, mkdir, rm } from "node:fs/promises";
import path from "node:path";

/** The part of `@actions/artifact`'s client this step uses; injected so tests need no runner. */
export interface ArtifactUploader {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: { retentionDays?: number; skipArchive?: boolean },
  ): Promise<{ id?: number; size?: number; digest?: string }>;
  getArtifact(name: string): Promise<{ artifact: { id: number; name: string } }>;
}

/** The artifact that holds the video. */
export interface UploadedArtifact {
  name: string;
  id: number | undefined;
  /** Link to the artifact on the run's page, when the run is known. */
  url: string | undefined;
  /** `true` when an artifact of that name already existed (a re-run of the same task). */
  reused: boolean;
}

/**
 * Uploads the downloaded file as a single un-zipped artifact named `<task-id>.<ext>`: the name
 * comes from the task id, so matrix legs never collide, and a re-run that reattaches to the same
 * task finds the artifact it already uploaded instead of failing on a duplicate name.
 */
export async function uploadVideoArtifact(options: {
  uploader: ArtifactUploader;
  filePath: string;
  taskId: string;
  retentionDays: number | undefined;
  temporaryDirectory: string;
  environment?: NodeJS.ProcessEnv;
}): Promise<UploadedArtifact> {
  const environment = options.environment ?? process.env;
  const name = `${options.taskId}${path.extname(options.filePath)}`;
  // skipArchive names the artifact after the file: stage the file under the artifact's name.
  let staged = options.filePath;
  let stagingDirectory: string | undefined;
  if (path.basename(options.filePath) !== name) {
    stagingDirectory = path.join(options.temporaryDirectory, `rivya-artifact-${options.taskId}`);
    await mkdir(stagingDirectory, { recursive: true });
    staged = path.join(stagingDirectory, name);
    await rm(staged, { force: true });
    await link(options.filePath, staged).catch(() => copyFile(options.filePath, staged));
  }
  try {
    const uploadOptions: { retentionDays?: number; skipArchive: boolean } = { skipArchive: true };
    if (options.retentionDays !== undefined) uploadOptions.retentionDays = options.retentionDays;
    let id: number | undefined;
    let reused = false;
    try {
      id = (await options.uploader.uploadArtifact(name, [staged], path.dirname(staged), uploadOptions)).id;
    } catch (error) {
      // A re-run reattached to a task whose artifact an earlier attempt already uploaded.
      const existing = await options.uploader.getArtifact(name).catch(() => undefined);
      if (existing === undefined) throw error;
      id = existing.artifact.id;
      reused = true;
    }
    return { name, id, url: artifactUrl(id, environment), reused };
  } finally {
    if (stagingDirectory !== undefined) await rm(stagingDirectory, { recursive: true, force: true });
  }
}

function artifactUrl(id: number | undefined, environment: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = environment;
  if (id === undefined || !server || !repository || !runId) return undefined;
  return `${server}/${repository}/actions/runs/${runId}/artifacts/${id}`;
}
