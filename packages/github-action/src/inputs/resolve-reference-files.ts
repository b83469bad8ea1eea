import { stat } from "node:fs/promises";
import path from "node:path";
import * as glob from "@actions/glob";
import { ActionInputError } from "./action-input-error.js";

const globCharacters = /[*?[\]{}]/;

/**
 * Resolves the `reference-images` lines (paths or globs, relative to the workspace) to absolute
 * file paths, in the order given and without duplicates. A line that matches nothing is an error:
 * a silently missing reference image would produce a different, still paid-for video.
 */
export async function resolveReferenceFiles(lines: readonly string[], workspace: string): Promise<string[]> {
  const files: string[] = [];
  for (const line of lines) {
    const pattern = line.trim();
    if (pattern === "" || pattern.startsWith("#")) continue;
    const matches = globCharacters.test(pattern)
      ? await expandGlob(pattern, workspace)
      : await literalFile(pattern, workspace);
    if (matches.length === 0) {
      throw new ActionInputError(
        "reference-images",
        `reference-images: "${pattern}" matches no file under the workspace (${workspace}). Give paths or globs relative to the workspace, one per line.`,
      );
    }
    for (const file of matches) if (!files.includes(file)) files.push(file);
  }
  return files;
}

async function literalFile(pattern: string, workspace: string): Promise<string[]> {
  const file = path.resolve(workspace, pattern);
  const info = await stat(file).catch(() => undefined);
  if (info === undefined) return [];
  if (!info.isFile()) {
    throw new ActionInputError(
      "reference-images",
      `reference-images: "${pattern}" is a directory, not a file. Use a glob such as "${pattern}/*.png".`,
    );
  }
  return [file];
}

async function expandGlob(pattern: string, workspace: string): Promise<string[]> {
  // @actions/glob resolves relative patterns against the process's working directory; anchor
  // them at the workspace explicitly (escaping glob characters in the workspace path itself).
  const anchored = path.isAbsolute(pattern) ? pattern : path.join(escapeGlob(workspace), pattern);
  const globber = await glob.create(anchored, { matchDirectories: false, implicitDescendants: false });
  const matches = await globber.glob();
  return matches.sort((left, right) => left.localeCompare(right));
}

function escapeGlob(text: string): string {
  return text.replace(/[*?[\]{}]/g, (character) => `[${character}]`);
}
