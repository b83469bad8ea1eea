// The core imports `zod/v4/mini`. Inside n8n the package resolves n8n's own zod (3.25.76, whose
// `zod/v4/mini` is an early zod 4); everywhere else it gets zod 4.6.7. The same validation must say
// the same thing on both: each bundle below runs the core with one of them.
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";

const requireHere = createRequire(import.meta.url);
const zodVersions = {
  "4.6.7 (the core's dependency)": dirname(
    createRequire(requireHere.resolve("@rivya-kit/core")).resolve("zod/package.json"),
  ),
  "3.25.76 (what n8n 2.41.1 ships)": dirname(requireHere.resolve("zod-n8n/package.json")),
};

const probe = `
import { defaultCatalog, mergeLiveModels, RivyaValidationError, validateRequest } from "@rivya-kit/core";
import * as z from "zod/v4/mini";
function messages(request) {
  try {
    return validateRequest(request).body;
  } catch (error) {
    if (!RivyaValidationError.isInstance(error)) throw error;
    return error.issues.map((issue) => issue.message);
  }
}
export const zodVersion = z.core.version;
export const report = {
  valid: messages({ model: "kling-3-0", prompt: "a fox", params: { duration: 10, sound: true } }),
  badParams: messages({ model: "kling-3-0", prompt: "a fox", params: { duration: "20", bogus: 1 } }),
  badShape: messages({ model: 5, prompt: 3, extra: true, references: [{ kind: "gif", sizeBytes: -1 }] }),
  live: mergeLiveModels(defaultCatalog, [{ id: "new-x", category: "video", base_credits: 5, params: "junk" }, { nope: 1 }])
    .warnings.slice(0, 2),
};`;

const dir = mkdtempSync(join(tmpdir(), "rivya-zod-versions-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Bundled {
  zodVersion: { major: number; minor: number };
  report: unknown;
}

async function bundleWith(zodDir: string, name: string): Promise<Bundled> {
  const outfile = join(dir, `${name}.mjs`);
  await build({
    stdin: { contents: probe, resolveDir: import.meta.dirname, loader: "js" },
    outfile,
    bundle: true,
    format: "esm",
    platform: "neutral",
    conditions: ["rivya-source"],
    alias: { "zod/v4/mini": join(zodDir, "v4", "mini", "index.js") },
    logLevel: "error",
  });
  return (await import(pathToFileURL(outfile).href)) as Bundled;
}

describe("validation with either zod", () => {
  it("gives the same results and messages on zod 4.6.7 and on n8n's zod 3.25.76", async () => {
    const [current, n8n] = await Promise.all(
      Object.values(zodVersions).map((zodDir, index) => bundleWith(zodDir, `zod-${index}`)),
    );
    expect([current?.zodVersion.minor, n8n?.zodVersion.minor]).toEqual([6, 0]);
    expect(n8n?.report).toEqual(current?.report);
    expect(current?.report).toMatchObject({
      valid: { params: { duration: "10", sound: "true" } },
      badShape: [
        'model: 5 is not a model id (allowed: a string such as "kling-3-0")',
        "prompt: 3 is not text (allowed: a string)",
        'references[0].kind: "gif" is not a media kind (allowed: image, video, audio)',
        "references[0].sizeBytes: -1 is not a size (allowed: a whole number of bytes)",
        "extra: true is not a request field (allowed: model, prompt, params, client_request_id, references)",
      ],
      live: [
        "new-x: new in GET /models (not in the built-in catalog): checked with its live params only",
        "GET /models entry 1 has no usable id: skipped",
      ],
    });
  });
});
