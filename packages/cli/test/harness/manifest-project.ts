import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const referenceImage = fileURLToPath(new URL("../../assets/demo-reference.png", import.meta.url));

/** A temp folder holding `rivya.yaml` (written from `manifest`), a reference image and a prompt file. */
export async function createManifestProject(
  manifest: string,
): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "rivya-manifest-"));
  await mkdir(join(dir, "assets"));
  await mkdir(join(dir, "prompts"));
  await copyFile(referenceImage, join(dir, "assets", "sneaker.png"));
  await writeFile(join(dir, "prompts", "perfume.txt"), "A perfume bottle on wet black stone, slow push-in\n");
  await writeFile(join(dir, "rivya.yaml"), manifest);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The example manifest: a matrix with a reference image, a prompt file, and plain videos. */
export function exampleManifest(extra = 0, budget = 5000): string {
  const plain = Array.from(
    { length: extra },
    (_, index) =>
      `  - id: clip-${index + 1}\n    prompt: Clip number ${index + 1}, a slow pan over a city at dusk\n`,
  ).join("");
  return `defaults: { model: kling-3-0, params: { duration: "5" }, out: videos/ }
budget: ${budget}
concurrency: 4
videos:
  - id: sneaker-red
    prompt: A red sneaker rotating on a turntable, studio light
    images: [assets/sneaker.png]
    matrix: { aspect_ratio: ["9:16", "16:9"] }
  - id: perfume-teaser
    model: kling-v2-5-turbo-pro
    prompt-file: prompts/perfume.txt
    params: { duration: "10", cfg_scale: 0.7 }
    out: videos/perfume.mp4
${plain}`;
}
