import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { packAndInstall, type Scratch } from "./pack-and-install.js";

declare module "vitest" {
  export interface ProvidedContext {
    scratch: Scratch;
  }
}

/** Packs and installs once for every test file; removes the scratch folder afterwards. */
export default async function setup(project: TestProject): Promise<() => void> {
  const scratch = await packAndInstall((line) => console.log(`[packaging] ${line}`));
  project.provide("scratch", scratch);
  return () => rmSync(scratch.root, { recursive: true, force: true });
}
