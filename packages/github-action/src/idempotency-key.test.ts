import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalJson, deriveIdempotencyKey, type IdempotencySource } from "./idempotency-key.js";

const run = {
  GITHUB_REPOSITORY: "acme/videos",
  GITHUB_RUN_ID: "77",
  GITHUB_JOB: "render",
  GITHUB_ACTION: "generate",
};
const source: IdempotencySource = {
  baseUrl: "https://rivya.ai",
  model: "kling-3-0",
  prompt: "a red fox",
  params: { mode: "pro", duration: "5" },
  referenceFiles: [],
};

describe("deriveIdempotencyKey", () => {
  it("is stable across re-run attempts of the same step with the same inputs", async () => {
    const first = await deriveIdempotencyKey(source, { ...run, GITHUB_RUN_ATTEMPT: "1" });
    const second = await deriveIdempotencyKey(
      { ...source, params: { duration: "5", mode: "pro" } },
      { ...run, GITHUB_RUN_ATTEMPT: "2" },
    );
    expect(first).toMatch(/^rivya-gha-[0-9a-f]{48}$/);
    expect(second).toBe(first);
  });

  it("changes with the prompt, params, model, run, job and step", async () => {
    const base = await deriveIdempotencyKey(source, run);
    const variants = await Promise.all([
      deriveIdempotencyKey({ ...source, prompt: "a blue fox" }, run),
      deriveIdempotencyKey({ ...source, params: { mode: "std", duration: "5" } }, run),
      deriveIdempotencyKey({ ...source, model: "kling-2-6" }, run),
      deriveIdempotencyKey(source, { ...run, GITHUB_RUN_ID: "78" }),
      deriveIdempotencyKey(source, { ...run, GITHUB_JOB: "other" }),
      deriveIdempotencyKey(source, { ...run, GITHUB_ACTION: "generate_2" }),
    ]);
    expect(new Set([base, ...variants]).size).toBe(7);
  });

  it("hashes reference file contents, not just their names", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "rivya-key-"));
    const file = path.join(directory, "frame.png");
    writeFileSync(file, "one");
    const first = await deriveIdempotencyKey({ ...source, referenceFiles: [file] }, run);
    writeFileSync(file, "two");
    const second = await deriveIdempotencyKey({ ...source, referenceFiles: [file] }, run);
    expect(second).not.toBe(first);
  });

  it("outside a workflow run, never shares a key between two runs", async () => {
    const environment = { GITHUB_REPOSITORY: "acme/videos" };
    expect(await deriveIdempotencyKey(source, environment)).not.toBe(
      await deriveIdempotencyKey(source, environment),
    );
  });

  it("canonicalJson sorts keys at every level", () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } })).toBe(
      '{"a":{"c":[3,{"e":5,"f":4}],"d":2},"b":1}',
    );
  });
});
